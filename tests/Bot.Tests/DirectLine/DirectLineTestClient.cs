using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CommunityNotices.Bot.Tests.DirectLine;

/// <summary>
/// Makes the calls botframework-directlinejs 0.15 makes, in its order and shapes: token, start conversation, open the
/// stream, post activities carrying Web Chat's channelData.clientActivityID, poll by watermark.
/// </summary>
internal sealed class DirectLineTestClient(HttpClient http) : IAsyncDisposable
{
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private ClientWebSocket? _socket;
    private Task? _reading;
    private int _sent;

    public string Token { get; private set; } = "";
    public string ConversationId { get; private set; } = "";
    public string? StreamUrl { get; private set; }
    public List<JsonObject> Seen { get; } = [];

    public async Task<HttpResponseMessage> GenerateAsync(string? communityCode, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { communityCode }, ct);
        if (response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
            Token = (string)body!["token"]!;
            ConversationId = (string)body["conversationId"]!;
        }

        return response;
    }

    public async Task<HttpResponseMessage> StartAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            StreamUrl = (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["streamUrl"];
        }

        return response;
    }

    public Task OpenStreamAsync(CancellationToken ct) => OpenStreamAsync(new Uri(StreamUrl!), ct);

    public async Task OpenStreamAsync(Uri streamUrl, CancellationToken ct)
    {
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(streamUrl, ct);
        _reading = ReadStreamAsync(_socket);
    }

    /// <summary>Posts a message as Web Chat does and returns its clientActivityID.</summary>
    public async Task<(HttpResponseMessage Response, string ClientActivityId)> SayAsync(string text, CancellationToken ct, string fromId = "r_spoofed")
    {
        var clientId = $"client-{++_sent}-{Guid.NewGuid():N}";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "zh-CN",
            ["from"] = new JsonObject { ["id"] = fromId, ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientId, ["clientTimestamp"] = DateTimeOffset.UtcNow.ToString("O"), ["communityCode"] = "forged" },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
        };
        return (await PostRawAsync(activity.ToJsonString(), ct), clientId);
    }

    public Task<HttpResponseMessage> PostRawAsync(string json, CancellationToken ct, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return http.SendAsync(request, ct);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, ct);
    }

    /// <summary>Reads the stream until an activity matches, keeping everything seen.</summary>
    public async Task<JsonObject> ReceiveAsync(Func<JsonObject, bool> match, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            JsonObject activity;
            try
            {
                activity = await _received.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException("Nothing matching arrived on the stream. Seen:\n" + string.Join("\n", Seen.Select(a => a.ToJsonString())));
            }

            Seen.Add(activity);
            if (match(activity))
            {
                return activity;
            }
        }
    }

    private async Task ReadStreamAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                if (message.Length == 0)
                {
                    continue;
                }

                var set = JsonNode.Parse(message.ToArray())!.AsObject();
                foreach (var activity in set["activities"]!.AsArray())
                {
                    await _received.Writer.WriteAsync(activity!.AsObject().DeepClone().AsObject());
                }
            }
        }
        catch (WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is { State: WebSocketState.Open })
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        if (_reading is not null)
        {
            await _reading;
        }

        _socket?.Dispose();
    }
}

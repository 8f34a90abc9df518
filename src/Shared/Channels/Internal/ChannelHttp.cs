using System.Buffers;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace CommunityNotices.Channels.Internal;

/// <summary>Posts a JSON body and turns every transport-level problem into an <see cref="HttpExchange"/>.</summary>
internal sealed class ChannelHttp
{
    // Vendors answer with a few hundred bytes; a generic webhook might answer with anything, and we only need its start.
    private const int MaxResponseBytes = 64 * 1024;

    private readonly Func<HttpClient> _client;
    private readonly TimeProvider _time;

    public ChannelHttp(HttpClient client, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = () => client;
        _time = time;
    }

    public ChannelHttp(IHttpClientFactory factory, string clientName, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(clientName);
        // A client per send is the factory's intended use: it rotates handlers so DNS changes are picked up.
        _client = () => factory.CreateClient(clientName);
        _time = time;
    }

    public async Task<HttpExchange> PostJsonAsync(
        Uri url,
        byte[] body,
        IReadOnlyList<KeyValuePair<string, string>>? headers,
        CancellationToken ct)
    {
        var client = _client();
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        // HttpClient.Timeout stops covering the request once headers arrive (we stream the body to bound its size),
        // so the same budget is applied to the whole exchange here.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (client.Timeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(client.Timeout);
        }

        try
        {
            using var response = await client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            var text = await ReadBoundedAsync(response.Content, timeout.Token).ConfigureAwait(false);
            return new HttpExchange((int)response.StatusCode, text, RetryAfterOf(response), null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return HttpExchange.Broken($"timed out after {client.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return HttpExchange.Broken("network error: " + Describe(ex));
        }
        catch (IOException ex)
        {
            return HttpExchange.Broken("network error while reading the response: " + ex.GetType().Name);
        }
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, CancellationToken ct)
    {
        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(MaxResponseBytes);
            try
            {
                var total = 0;
                while (total < MaxResponseBytes)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(total, MaxResponseBytes - total), ct).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, total);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? delay = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow(),
            _ => null,
        };
        if (delay is not { } value)
        {
            return null;
        }

        // Zero would make the pipeline spin; days would park a group forever. Neither is what a server means.
        if (value < TimeSpan.FromSeconds(1))
        {
            return TimeSpan.FromSeconds(1);
        }

        return value > RetryDelays.MaxHonoured ? RetryDelays.MaxHonoured : value;
    }

    // Exception messages can quote the request, so only the error category goes into the reason.
    private static string Describe(HttpRequestException ex)
    {
        var socket = FindInner<SocketException>(ex);
        return socket is null
            ? ex.HttpRequestError.ToString()
            : $"{ex.HttpRequestError} ({socket.SocketErrorCode})";
    }

    private static T? FindInner<T>(Exception ex)
        where T : Exception
    {
        for (var current = ex.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}

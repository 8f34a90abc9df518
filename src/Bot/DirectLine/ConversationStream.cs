using System.Net.WebSockets;
using System.Text;
using CommunityNotices.Notifier.BotFramework;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// The WebSocket stream of a conversation: every activity after the watermark, then each new one as it is appended,
/// woken by <see cref="TranscriptSignal"/> (directly in this process, through <see cref="TranscriptListener"/> from others).
/// </summary>
public sealed class ConversationStream(
    DirectLineTranscript transcript, TranscriptSignal signal, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime, ILogger<ConversationStream> logger)
{
    public async Task RunAsync(HttpContext context, string conversationId)
    {
        var authorization = context.RequestServices.GetRequiredService<DirectLineAuthorization>();
        var (_, _, failure) = await authorization.AuthorizeAsync(context.Request, conversationId, context.RequestAborted, forStream: true);
        if (failure is not null)
        {
            await failure.ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "This is a WebSocket endpoint.").ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var draining = DrainAsync(socket, done);
        var watermark = Watermark.Parse(context.Request.Query["watermark"]);
        try
        {
            while (!done.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var appended = signal.NextAsync(conversationId);
                var page = await ReadAsync(conversationId, watermark, done.Token);
                if (page.Activities.Count > 0)
                {
                    var bytes = Encoding.UTF8.GetBytes(DirectLineApi.ActivitySet(page));
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, done.Token);
                    watermark = page.Watermark;
                    continue;
                }

                await Task.WhenAny(appended, Task.Delay(TimeSpan.FromSeconds(options.Value.StreamPollSeconds), done.Token));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The page closed or the host is stopping.
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        await done.CancelAsync();
        await draining;
        signal.Forget(conversationId);
    }

    private async Task<TranscriptPage> ReadAsync(string conversationId, long? watermark, CancellationToken ct)
    {
        try
        {
            return await transcript.ReadAsync(conversationId, watermark, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database hiccup must not end the resident's chat; the next round tries again.
            logger.LogWarning(e, "Could not read the transcript of web chat {ConversationId}", conversationId);
            return new TranscriptPage([], watermark);
        }
    }

    /// <summary>Clients send nothing on the stream; reading is how its closing is noticed.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource done)
    {
        var buffer = new byte[1024];
        try
        {
            while (!done.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, done.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        await done.CancelAsync();
    }
}

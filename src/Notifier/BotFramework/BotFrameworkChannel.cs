using System.Net;
using CommunityNotices.Channels;
using CommunityNotices.Groups;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// Posts into a Teams channel, group chat or web chat proactively through its stored ConversationReference.
/// Teams allows 7 messages/second and 1,800/hour per conversation (so 30/minute on average); a message over 28 KB is
/// split by the pipeline before it gets here.
/// </summary>
public sealed class BotFrameworkChannel(CloudAdapterBase adapter, IOptions<BotFrameworkOptions> options) : IChannel
{
    public ChannelKind Kind => ChannelKind.BotFramework;

    public ChannelLimits Limits { get; } = new(PerMinute: 30, PerSecond: 7, MaxMessageBytes: 28 * 1024, SupportsMarkdown: true, LockoutWhenExceeded: null);

    public async Task<SendOutcome> SendAsync(string address, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ConversationReference? reference;
        try
        {
            reference = JsonConvert.DeserializeObject<ConversationReference>(address);
        }
        catch (JsonException e)
        {
            return SendOutcome.Failure($"stored conversation reference is unreadable: {e.Message}");
        }

        if (reference?.Conversation?.Id is null || reference.ServiceUrl is null)
        {
            return SendOutcome.Failure("stored conversation reference has no conversation or serviceUrl");
        }

        string? id = null;
        try
        {
            await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? "", reference, async (turn, token) =>
            {
                var activity = MessageFactory.Text(string.IsNullOrEmpty(message.Title) ? message.Markdown : $"**{message.Title}**\n\n{message.Markdown}");
                activity.TextFormat = TextFormatTypes.Markdown;
                id = (await turn.SendActivityAsync(activity, token))?.Id;
            }, ct);
            return SendOutcome.Delivered(id);
        }
        catch (ErrorResponseException e) when (e.Response is not null)
        {
            return Classify(e.Response.StatusCode, e.Response.Headers, e.Body?.Error?.Code, e.Message);
        }
        catch (HttpRequestException e)
        {
            return SendOutcome.Retry(TimeSpan.FromSeconds(10), $"connection failed: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return SendOutcome.Retry(TimeSpan.FromSeconds(10), "timed out");
        }
    }

    private static SendOutcome Classify(HttpStatusCode status, IDictionary<string, IEnumerable<string>> headers, string? code, string message) =>
        (int)status switch
        {
            429 => SendOutcome.Retry(RetryAfter(headers) ?? TimeSpan.FromSeconds(5), $"429 too many requests ({code})"),
            412 or 502 or 503 or 504 or 500 => SendOutcome.Retry(TimeSpan.FromSeconds(5), $"{(int)status} {code}: {message}"),
            403 when code is null && message.Contains("allow-list", StringComparison.OrdinalIgnoreCase) =>
                SendOutcome.Failure("the conversation's serviceUrl is not on BotFramework:AllowedServiceHosts"),
            403 => SendOutcome.Failure($"403 {code}: the bot was blocked or removed", deactivate: true),
            404 => SendOutcome.Failure($"404 {code ?? "ConversationNotFound"}", deactivate: true),
            _ => SendOutcome.Failure($"{(int)status} {code}: {message}"),
        };

    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>> headers) =>
        headers.TryGetValue("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
}

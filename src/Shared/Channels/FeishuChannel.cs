using System.Globalization;
using CommunityNotices.Channels.Internal;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels;

/// <summary>Posts to a Feishu / Lark (飞书) custom bot with signature verification enabled.</summary>
/// <remarks>
/// Sends an interactive card, because its markdown element renders the most of CommonMark of Feishu's options:
/// <c>{"timestamp":"&lt;s&gt;","sign":"&lt;base64&gt;","msg_type":"interactive","card":{"config":{"wide_screen_mode":true},
/// "header":{"title":{"tag":"plain_text","content":title},"template":"blue"},"elements":[{"tag":"markdown","content":…}]}}</c>.
/// The sign is base64(HMAC-SHA256(key = "{timestamp}\n{secret}", data = empty)).
/// Custom bots can only @-mention by open_id/user_id/email, never by mobile, so <see cref="OutgoingMessage.MentionMobiles"/>
/// is not sent.
/// </remarks>
public sealed class FeishuChannel : IChannel
{
    /// <summary>100 per minute and 5 per second per bot; 12 000 bytes keeps the JSON body under Feishu's 20 KB.</summary>
    public static readonly ChannelLimits DefaultLimits = new(
        PerMinute: 100,
        PerSecond: 5,
        MaxMessageBytes: 12_000,
        SupportsMarkdown: true,
        LockoutWhenExceeded: null);

    internal const int MaxBodyBytes = 20 * 1024;
    internal const long TooFast = 11232;
    internal const long InvalidToken = 19001;
    internal const long SignMismatch = 19021;
    internal const long IpNotAllowed = 19022;
    internal const long KeywordMissing = 19024;

    private readonly ChannelHttp _http;
    private readonly TimeProvider _time;

    public FeishuChannel(HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _http = new ChannelHttp(httpClient, _time);
    }

    public FeishuChannel(IHttpClientFactory httpClientFactory, string clientName, TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _http = new ChannelHttp(httpClientFactory, clientName, _time);
    }

    public ChannelKind Kind => ChannelKind.Feishu;

    public ChannelLimits Limits => DefaultLimits;

    public async Task<SendOutcome> SendAsync(string address, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(message);
        if (!AddressParser.TryParse(Kind, address, out var parsed, out var errors))
        {
            return SendOutcome.Failure(MessageShaping.InvalidAddress(Kind, errors));
        }

        var (body, problem) = BuildBody(message, parsed.Secret!, _time.GetUtcNow().ToUnixTimeSeconds());
        if (body is null)
        {
            return SendOutcome.Failure(problem!);
        }

        var exchange = await _http.PostJsonAsync(parsed.Url, body, null, ct).ConfigureAwait(false);
        return Classify(exchange);
    }

    internal static (byte[]? Body, string? Problem) BuildBody(OutgoingMessage message, string secret, long timestampSeconds)
    {
        var title = MessageShaping.Title(message.Title);
        var content = MarkdownText.ForFeishu(message.Markdown);
        if (content.Length == 0 && title.Length == 0)
        {
            return (null, MessageShaping.Empty);
        }

        var body = JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            // Feishu wants the timestamp as a string of seconds.
            writer.WriteString("timestamp", timestampSeconds.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("sign", Signatures.Feishu(timestampSeconds, secret));
            writer.WriteString("msg_type", "interactive");
            writer.WriteStartObject("card");
            writer.WriteStartObject("config");
            writer.WriteBoolean("wide_screen_mode", true);
            writer.WriteEndObject();
            if (title.Length > 0)
            {
                writer.WriteStartObject("header");
                writer.WriteStartObject("title");
                writer.WriteString("tag", "plain_text");
                writer.WriteString("content", title);
                writer.WriteEndObject();
                writer.WriteString("template", "blue");
                writer.WriteEndObject();
            }

            writer.WriteStartArray("elements");
            if (content.Length > 0)
            {
                writer.WriteStartObject();
                writer.WriteString("tag", "markdown");
                writer.WriteString("content", content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

        return body.Length > MaxBodyBytes
            ? (null, MessageShaping.TooLong("Feishu (whole request body)", body.Length, MaxBodyBytes))
            : (body, null);
    }

    internal static SendOutcome Classify(HttpExchange exchange)
    {
        if (ResponseClassifier.FromTransport(exchange) is { } early)
        {
            return early;
        }

        // Feishu answers errors with 200 or 400 and a JSON code; older deployments used StatusCode/StatusMessage.
        if (!ResponseClassifier.TryReadCode(exchange.Body, "code", "msg", out var code, out var msg)
            && !ResponseClassifier.TryReadCode(exchange.Body, "StatusCode", "StatusMessage", out code, out msg))
        {
            return ResponseClassifier.FromUnreadableVendorReply(exchange);
        }

        var reason = ResponseClassifier.VendorCode("code", code, msg);
        return code switch
        {
            0 => SendOutcome.Delivered(),
            // The same code covers the per-second and the per-minute limit; only a full minute is sure to clear both.
            TooFast => SendOutcome.Retry(exchange.RetryAfter ?? RetryDelays.MinuteWindow, reason),
            // The hook's token no longer exists: the bot was removed from the group or the hook was reset.
            InvalidToken => SendOutcome.Failure(reason, deactivate: true),
            // Signature, IP whitelist and keyword failures are the group's configuration, which a person can fix.
            SignMismatch or IpNotAllowed or KeywordMissing => SendOutcome.Failure(reason),
            _ => SendOutcome.Failure(reason),
        };
    }
}

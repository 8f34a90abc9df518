using CommunityNotices.Channels.Internal;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels;

/// <summary>Posts to a WeCom (企业微信) group robot web hook.</summary>
/// <remarks>
/// Sends <c>{"msgtype":"markdown","markdown":{"content":…}}</c>, or, when the message mentions mobiles (which WeCom
/// markdown cannot do), <c>{"msgtype":"text","text":{"content":…,"mentioned_mobile_list":[…]}}</c>. If the plain-text
/// form would exceed WeCom's 2048-byte text limit, the markdown form is sent without the mentions rather than not at all.
/// </remarks>
public sealed class WeComChannel : IChannel
{
    /// <summary>20 per minute per robot; 2048 bytes so that either message form fits (text ≤ 2048, markdown ≤ 4096).</summary>
    public static readonly ChannelLimits DefaultLimits = new(
        PerMinute: 20,
        PerSecond: null,
        MaxMessageBytes: 2048,
        SupportsMarkdown: true,
        LockoutWhenExceeded: null);

    internal const int MaxTextBytes = 2048;
    internal const int MaxMarkdownBytes = 4096;
    internal const long TooFast = 45009;
    internal const long InvalidWebhook = 93000;
    internal const long SystemBusy = -1;

    private readonly ChannelHttp _http;

    public WeComChannel(HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        _http = new ChannelHttp(httpClient, timeProvider ?? TimeProvider.System);
    }

    public WeComChannel(IHttpClientFactory httpClientFactory, string clientName, TimeProvider? timeProvider = null)
    {
        _http = new ChannelHttp(httpClientFactory, clientName, timeProvider ?? TimeProvider.System);
    }

    public ChannelKind Kind => ChannelKind.WeCom;

    public ChannelLimits Limits => DefaultLimits;

    public async Task<SendOutcome> SendAsync(string address, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(message);
        if (!AddressParser.TryParse(Kind, address, out var parsed, out var errors))
        {
            return SendOutcome.Failure(MessageShaping.InvalidAddress(Kind, errors));
        }

        var (body, problem) = BuildBody(message);
        if (body is null)
        {
            return SendOutcome.Failure(problem!);
        }

        var exchange = await _http.PostJsonAsync(parsed.Url, body, null, ct).ConfigureAwait(false);
        return Classify(exchange);
    }

    internal static (byte[]? Body, string? Problem) BuildBody(OutgoingMessage message)
    {
        var title = MessageShaping.Title(message.Title);
        var mentions = MessageShaping.Mentions(message.MentionMobiles);
        if (mentions.Count > 0)
        {
            var text = MessageShaping.Compose(title, MarkdownText.ToPlain(message.Markdown));
            if (text.Length > 0 && MessageShaping.Utf8Bytes(text) <= MaxTextBytes)
            {
                return (JsonBody.Write(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("msgtype", "text");
                    writer.WriteStartObject("text");
                    writer.WriteString("content", text);
                    JsonBody.WriteStringArray(writer, "mentioned_mobile_list", mentions);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }), null);
            }
        }

        var content = MessageShaping.Compose(title.Length == 0 ? title : "**" + title + "**", MarkdownText.ForWeCom(message.Markdown));
        if (content.Length == 0)
        {
            return (null, MessageShaping.Empty);
        }

        var bytes = MessageShaping.Utf8Bytes(content);
        if (bytes > MaxMarkdownBytes)
        {
            return (null, MessageShaping.TooLong("WeCom markdown", bytes, MaxMarkdownBytes));
        }

        return (JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("msgtype", "markdown");
            writer.WriteStartObject("markdown");
            writer.WriteString("content", content);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }), null);
    }

    internal static SendOutcome Classify(HttpExchange exchange)
    {
        if (ResponseClassifier.FromTransport(exchange) is { } early)
        {
            return early;
        }

        // WeCom reports errors in a 200 body, so the JSON decides even when the status looks fine.
        if (!ResponseClassifier.TryReadCode(exchange.Body, "errcode", "errmsg", out var code, out var errmsg))
        {
            return ResponseClassifier.FromUnreadableVendorReply(exchange);
        }

        var reason = ResponseClassifier.VendorCode("errcode", code, errmsg);
        return code switch
        {
            0 => SendOutcome.Delivered(),
            // The robot's window is per minute; a full minute is the shortest wait that is sure to be enough.
            TooFast => SendOutcome.Retry(exchange.RetryAfter ?? RetryDelays.MinuteWindow, reason),
            InvalidWebhook => SendOutcome.Failure(reason, deactivate: true),
            SystemBusy => SendOutcome.Retry(RetryDelays.Transient, reason),
            _ => SendOutcome.Failure(reason),
        };
    }
}

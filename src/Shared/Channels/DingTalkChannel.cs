using System.Globalization;
using CommunityNotices.Channels.Internal;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels;

/// <summary>Posts to a DingTalk (钉钉) custom robot with 加签 (HMAC-SHA256) signing.</summary>
/// <remarks>
/// POSTs <c>{webhookUrl}&amp;timestamp={ms}&amp;sign={urlencoded base64 HMAC}</c> with
/// <c>{"msgtype":"markdown","markdown":{"title":…,"text":…},"at":{"atMobiles":[…],"isAtAll":false}}</c>.
/// DingTalk only highlights a mention whose "@mobile" also appears in the text, so mentions are appended to it.
/// </remarks>
public sealed class DingTalkChannel : IChannel
{
    /// <summary>20 per minute per robot, and a 10-minute block for breaking that; 12 000 bytes leaves room for conversion.</summary>
    public static readonly ChannelLimits DefaultLimits = new(
        PerMinute: 20,
        PerSecond: null,
        MaxMessageBytes: 12_000,
        SupportsMarkdown: true,
        LockoutWhenExceeded: RetryDelays.DingTalkLockout);

    internal const int MaxTextBytes = 20_000;
    internal const int MaxTitleChars = 64;
    internal const long TooFast = 130101;
    internal const long SecurityMismatch = 310000;
    internal const long TokenNotExist = 300001;
    internal const long TokenNotExistExternal = 300005;
    internal const long SystemBusy = -1;

    private readonly ChannelHttp _http;
    private readonly TimeProvider _time;

    public DingTalkChannel(HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _http = new ChannelHttp(httpClient, _time);
    }

    public DingTalkChannel(IHttpClientFactory httpClientFactory, string clientName, TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _http = new ChannelHttp(httpClientFactory, clientName, _time);
    }

    public ChannelKind Kind => ChannelKind.DingTalk;

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

        var url = SignedUrl(parsed.Url, parsed.Secret!, _time.GetUtcNow().ToUnixTimeMilliseconds());
        var exchange = await _http.PostJsonAsync(url, body, null, ct).ConfigureAwait(false);
        return Classify(exchange);
    }

    internal static Uri SignedUrl(Uri webhookUrl, string secret, long timestampMs)
    {
        var sign = Uri.EscapeDataString(Signatures.DingTalk(timestampMs, secret));
        var separator = webhookUrl.Query.Length > 0 ? "&" : "?";
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{webhookUrl.AbsoluteUri}{separator}timestamp={timestampMs}&sign={sign}"));
    }

    internal static (byte[]? Body, string? Problem) BuildBody(OutgoingMessage message)
    {
        var title = MessageShaping.Title(message.Title);
        var markdown = MarkdownText.ForDingTalk(message.Markdown);
        var text = MessageShaping.Compose(title.Length == 0 ? title : "**" + title + "**", markdown);
        if (text.Length == 0)
        {
            return (null, MessageShaping.Empty);
        }

        var mentions = MessageShaping.Mentions(message.MentionMobiles);
        if (mentions.Count > 0)
        {
            text += "\n\n" + string.Join(' ', mentions.Select(mobile => "@" + mobile));
        }

        var bytes = MessageShaping.Utf8Bytes(text);
        if (bytes > MaxTextBytes)
        {
            return (null, MessageShaping.TooLong("DingTalk", bytes, MaxTextBytes));
        }

        // DingTalk requires a title: it is what the notification banner and chat list show.
        var notificationTitle = title.Length > 0 ? title : FirstLine(MarkdownText.ToPlain(message.Markdown));
        return (JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("msgtype", "markdown");
            writer.WriteStartObject("markdown");
            writer.WriteString("title", notificationTitle);
            writer.WriteString("text", text);
            writer.WriteEndObject();
            if (mentions.Count > 0)
            {
                writer.WriteStartObject("at");
                JsonBody.WriteStringArray(writer, "atMobiles", mentions);
                writer.WriteBoolean("isAtAll", false);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }), null);
    }

    internal static SendOutcome Classify(HttpExchange exchange)
    {
        if (ResponseClassifier.FromTransport(exchange) is { } early)
        {
            return early;
        }

        if (!ResponseClassifier.TryReadCode(exchange.Body, "errcode", "errmsg", out var code, out var errmsg))
        {
            return ResponseClassifier.FromUnreadableVendorReply(exchange);
        }

        var reason = ResponseClassifier.VendorCode("errcode", code, errmsg);
        if (code is TokenNotExist or TokenNotExistExternal
            || (code != 0 && errmsg.Contains("token is not exist", StringComparison.OrdinalIgnoreCase)))
        {
            return SendOutcome.Failure(reason, deactivate: true);
        }

        return code switch
        {
            0 => SendOutcome.Delivered(),
            // Breaking the per-minute limit blocks the robot for ten minutes; retrying earlier only fails again.
            TooFast => SendOutcome.Retry(RetryDelays.DingTalkLockout, reason),
            SystemBusy => SendOutcome.Retry(RetryDelays.Transient, reason),
            // A signature, keyword or IP-whitelist mismatch is a configuration problem, not a dead robot.
            SecurityMismatch => SendOutcome.Failure(reason),
            _ => SendOutcome.Failure(reason),
        };
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        if (line.Length <= MaxTitleChars)
        {
            return line;
        }

        // Cut on a text element so the banner never ends in half an emoji.
        var info = new StringInfo(line);
        return info.LengthInTextElements <= MaxTitleChars ? line : info.SubstringByTextElements(0, MaxTitleChars) + "…";
    }
}

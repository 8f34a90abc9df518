using System.Globalization;
using System.Text.Json;
using CommunityNotices.Channels.Internal;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels;

/// <summary>Posts a signed JSON notice to any HTTPS endpoint a community runs itself.</summary>
/// <remarks>
/// Body: <c>{"title","markdown","text","mentionMobiles":[…],"sentAt":"2025-01-31T08:00:00.000Z"}</c>, where text is the
/// plain rendering of markdown. Headers: <c>X-CommunityNotices-Timestamp</c> (Unix seconds, equal to sentAt) and
/// <c>X-CommunityNotices-Signature: sha256=&lt;lowercase hex HMAC-SHA256(key = secret, data = raw body bytes)&gt;</c>.
/// Receivers should reject stale sentAt values to stop replays.
/// </remarks>
public sealed class WebhookChannel : IChannel
{
    public const string SignatureHeader = "X-CommunityNotices-Signature";
    public const string TimestampHeader = "X-CommunityNotices-Timestamp";

    /// <summary>60 per minute; 256 KB of title and markdown.</summary>
    public static readonly ChannelLimits DefaultLimits = new(
        PerMinute: 60,
        PerSecond: null,
        MaxMessageBytes: 256 * 1024,
        SupportsMarkdown: true,
        LockoutWhenExceeded: null);

    private readonly ChannelHttp _http;
    private readonly TimeProvider _time;

    /// <param name="limits">Overrides <see cref="DefaultLimits"/> for receivers that can take more (or less).</param>
    public WebhookChannel(HttpClient httpClient, TimeProvider? timeProvider = null, ChannelLimits? limits = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _http = new ChannelHttp(httpClient, _time);
        Limits = limits ?? DefaultLimits;
    }

    /// <inheritdoc cref="WebhookChannel(HttpClient, TimeProvider?, ChannelLimits?)"/>
    public WebhookChannel(IHttpClientFactory httpClientFactory, string clientName, TimeProvider? timeProvider = null, ChannelLimits? limits = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _http = new ChannelHttp(httpClientFactory, clientName, _time);
        Limits = limits ?? DefaultLimits;
    }

    public ChannelKind Kind => ChannelKind.Webhook;

    public ChannelLimits Limits { get; }

    public async Task<SendOutcome> SendAsync(string address, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(message);
        if (!AddressParser.TryParse(Kind, address, out var parsed, out var errors))
        {
            return SendOutcome.Failure(MessageShaping.InvalidAddress(Kind, errors));
        }

        var size = MessageShaping.Utf8Bytes(message.Title) + MessageShaping.Utf8Bytes(message.Markdown);
        if (size > Limits.MaxMessageBytes)
        {
            return SendOutcome.Failure(MessageShaping.TooLong("this webhook", size, Limits.MaxMessageBytes));
        }

        var now = _time.GetUtcNow();
        var body = BuildBody(message, now);
        KeyValuePair<string, string>[] headers =
        [
            new(TimestampHeader, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new(SignatureHeader, Signatures.Webhook(body, parsed.Secret!)),
        ];
        var exchange = await _http.PostJsonAsync(parsed.Url, body, headers, ct).ConfigureAwait(false);
        return Classify(exchange);
    }

    internal static byte[] BuildBody(OutgoingMessage message, DateTimeOffset sentAt) =>
        JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", message.Title);
            writer.WriteString("markdown", message.Markdown);
            writer.WriteString("text", MarkdownText.ToPlain(message.Markdown));
            JsonBody.WriteStringArray(writer, "mentionMobiles", MessageShaping.Mentions(message.MentionMobiles));
            writer.WriteString("sentAt", sentAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        });

    internal static SendOutcome Classify(HttpExchange exchange)
    {
        if (ResponseClassifier.FromTransport(exchange) is { } early)
        {
            return early;
        }

        var reason = ResponseClassifier.Http(exchange);
        return exchange.StatusCode switch
        {
            >= 200 and <= 299 => SendOutcome.Delivered(MessageId(exchange.Body)),
            // The receiver says the endpoint is gone for good: stop until someone enters a new one.
            404 or 410 => SendOutcome.Failure(reason, deactivate: true),
            // Redirects are not followed: a hop to another host would bypass the address allow-list.
            >= 300 and <= 399 => SendOutcome.Failure(reason + " (redirects are not followed)"),
            _ => SendOutcome.Failure(reason),
        };
    }

    private static string? MessageId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("id", out var id))
            {
                return null;
            }

            return id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            // A 2xx is a delivery whatever its body says; the id is a nicety.
            return null;
        }
    }
}

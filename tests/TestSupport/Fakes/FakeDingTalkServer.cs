using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CommunityNotices.Testing.Fakes;

/// <summary>
/// DingTalk custom robot: <c>POST /robot/send?access_token=T&amp;timestamp=ms&amp;sign=…</c>, answering HTTP 200 with
/// <c>{"errcode":…,"errmsg":…}</c>. Checks the 加签 signature, 20 messages per rolling minute per token, and then
/// blocks the token for 10 minutes (130101) as the real service does. Use a FakeTimeProvider to move past the block.
/// </summary>
public sealed class FakeDingTalkServer(TimeProvider? timeProvider = null) : FakeServer(timeProvider)
{
    public const string Path = "/robot/send";
    public const long Ok = 0;
    public const long TooFast = 130101;
    public const long SecurityMismatch = 310000;
    public const long TokenNotExist = 300001;
    public const long MissingParameter = 40035;

    /// <summary>The fake's own code for an over-long message; DingTalk documents no specific one.</summary>
    public const long MessageTooLong = 460101;

    public const int MaxTextBytes = 20_000;

    private readonly Dictionary<string, string?> _robots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lockedUntil = new(StringComparer.Ordinal);
    private readonly RollingWindow _window = new(TimeSpan.FromMinutes(1));

    public int PerMinute { get; set; } = 20;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far the signed timestamp may be from the fake's clock (DingTalk allows one hour).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Registers a robot; with a null secret the robot does not require signing.</summary>
    public void AddRobot(string accessToken, string? secret)
    {
        lock (_robots)
        {
            _robots[accessToken] = secret;
        }
    }

    /// <summary>Simulates the robot being deleted: its token answers 300001 from now on.</summary>
    public void RemoveRobot(string accessToken)
    {
        lock (_robots)
        {
            _robots.Remove(accessToken);
        }
    }

    public Uri WebhookUrl(string accessToken) =>
        new($"{BaseUrl}{Path.TrimStart('/')}?access_token={Uri.EscapeDataString(accessToken)}");

    public string AddressFor(string accessToken, string secret) =>
        JsonSerializer.Serialize(new { webhookUrl = WebhookUrl(accessToken).AbsoluteUri, secret });

    /// <summary>base64(HMAC-SHA256(key = secret, data = "{timestamp}\n{secret}")), before URL-encoding.</summary>
    public static string Sign(long timestampMs, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestampMs.ToString(CultureInfo.InvariantCulture) + "\n" + secret)));

    internal override string KeyOf(FakeIncoming request) => request.Query["access_token"].ToString();

    internal override FakeReply Handle(FakeIncoming request)
    {
        if (request.Path != Path || request.Method != "POST")
        {
            return FakeReply.NotFound();
        }

        var token = KeyOf(request);
        string? secret;
        bool known;
        lock (_robots)
        {
            known = _robots.TryGetValue(token, out secret);
        }

        if (!known)
        {
            return Error(TokenNotExist, "token is not exist");
        }

        if (secret is not null)
        {
            // ASP.NET has already URL-decoded the query, so a '+' the client failed to encode arrives as a space
            // and fails here, just as it does against the real service.
            var timestampText = request.Query["timestamp"].ToString();
            if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
                || (request.Now - DateTimeOffset.FromUnixTimeMilliseconds(timestamp)).Duration() > TimestampTolerance)
            {
                return Error(SecurityMismatch, "invalid timestamp");
            }

            if (!string.Equals(request.Query["sign"].ToString(), Sign(timestamp, secret), StringComparison.Ordinal))
            {
                return Error(SecurityMismatch, "sign not match, more: [fake]");
            }
        }

        if (_lockedUntil.TryGetValue(token, out var until) && request.Now < until)
        {
            return Error(TooFast, "send too fast, exceed 20 times per minute", tooFast: true);
        }

        if (_window.Count(token, request.Now) >= PerMinute)
        {
            _lockedUntil[token] = request.Now + Lockout;
            _window.Forget(token);
            return Error(TooFast, "send too fast, exceed 20 times per minute", tooFast: true);
        }

        if (Content(request) is not { } content)
        {
            return Error(MissingParameter, "缺少参数 json");
        }

        if (Encoding.UTF8.GetByteCount(content) > MaxTextBytes)
        {
            return Error(MessageTooLong, $"message too long, exceed {MaxTextBytes} bytes");
        }

        _window.Add(token, request.Now);
        return FakeReply.Json(200, VendorError("errcode", Ok, "errmsg", "ok"), Ok, accepted: true);
    }

    private static string? Content(FakeIncoming request)
    {
        if (request.Json is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("msgtype", out var msgtype)
            || msgtype.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var (section, field, titleRequired) = msgtype.GetString() switch
        {
            "markdown" => ("markdown", "text", true),
            "text" => ("text", "content", false),
            _ => (null, null, false),
        };
        if (section is null
            || !body.TryGetProperty(section, out var payload)
            || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty(field!, out var text)
            || text.ValueKind != JsonValueKind.String
            || text.GetString()!.Length == 0)
        {
            return null;
        }

        if (titleRequired && (!payload.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || title.GetString()!.Length == 0))
        {
            return null;
        }

        return text.GetString();
    }

    private static FakeReply Error(long code, string message, bool tooFast = false) =>
        FakeReply.Json(200, VendorError("errcode", code, "errmsg", message), code, tooFast: tooFast);
}

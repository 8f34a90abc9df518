using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CommunityNotices.Testing.Fakes;

/// <summary>
/// Feishu / Lark custom bot: <c>POST /open-apis/bot/v2/hook/{token}</c> with the signature in the body. Checks the
/// sign (19021), 5 per rolling second and 100 per rolling minute per bot (11232) and the 20 KB body limit.
/// </summary>
public sealed class FakeFeishuServer(TimeProvider? timeProvider = null) : FakeServer(timeProvider)
{
    public const string PathPrefix = "/open-apis/bot/v2/hook/";
    public const long Ok = 0;
    public const long TooFast = 11232;
    public const long InvalidToken = 19001;
    public const long SignMismatch = 19021;
    public const long BadRequest = 9499;
    public const int MaxBodyBytes = 20 * 1024;

    private readonly Dictionary<string, string?> _bots = new(StringComparer.Ordinal);
    private readonly RollingWindow _second = new(TimeSpan.FromSeconds(1));
    private readonly RollingWindow _minute = new(TimeSpan.FromMinutes(1));

    public int PerSecond { get; set; } = 5;

    public int PerMinute { get; set; } = 100;

    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromHours(1);

    /// <summary>HTTP status sent with non-zero codes; set 400 to check a client reads the JSON on 4xx too.</summary>
    public int ErrorStatusCode { get; set; } = 200;

    /// <summary>Registers a bot; with a null secret the bot does not require a signature.</summary>
    public void AddBot(string token, string? secret)
    {
        lock (_bots)
        {
            _bots[token] = secret;
        }
    }

    /// <summary>Simulates the bot being removed from its group: its hook answers 19001 from now on.</summary>
    public void RemoveBot(string token)
    {
        lock (_bots)
        {
            _bots.Remove(token);
        }
    }

    public Uri WebhookUrl(string token) => new($"{BaseUrl}{PathPrefix.TrimStart('/')}{Uri.EscapeDataString(token)}");

    public string AddressFor(string token, string secret) =>
        JsonSerializer.Serialize(new { webhookUrl = WebhookUrl(token).AbsoluteUri, secret });

    /// <summary>base64(HMAC-SHA256(key = "{timestamp}\n{secret}", data = empty)).</summary>
    public static string Sign(long timestampSeconds, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(timestampSeconds.ToString(CultureInfo.InvariantCulture) + "\n" + secret),
            Array.Empty<byte>()));

    internal override string KeyOf(FakeIncoming request) =>
        request.Path.StartsWith(PathPrefix, StringComparison.Ordinal) ? request.Path[PathPrefix.Length..] : string.Empty;

    internal override FakeReply Handle(FakeIncoming request)
    {
        var token = KeyOf(request);
        if (token.Length == 0 || token.Contains('/', StringComparison.Ordinal) || request.Method != "POST")
        {
            return FakeReply.NotFound();
        }

        if (request.RawBytes.Length > MaxBodyBytes)
        {
            return Error(BadRequest, $"Bad Request: request body exceeds {MaxBodyBytes} bytes");
        }

        string? secret;
        bool known;
        lock (_bots)
        {
            known = _bots.TryGetValue(token, out secret);
        }

        if (!known)
        {
            return Error(InvalidToken, "param invalid: incoming webhook access token invalid");
        }

        if (request.Json is not { ValueKind: JsonValueKind.Object } body)
        {
            return Error(BadRequest, "Bad Request");
        }

        if (secret is not null && !SignatureValid(body, secret, request.Now))
        {
            return Error(SignMismatch, "sign match fail or timestamp is not within one hour from current time");
        }

        if (_second.Count(token, request.Now) >= PerSecond || _minute.Count(token, request.Now) >= PerMinute)
        {
            return Error(TooFast, "frequency limited psm[lark.oapi.app_platform_runtime]appID[fake]", tooFast: true);
        }

        if (!HasMessage(body))
        {
            return Error(BadRequest, "Bad Request: msg_type and its content are required");
        }

        _second.Add(token, request.Now);
        _minute.Add(token, request.Now);
        var success = new Dictionary<string, object>
        {
            ["StatusCode"] = 0,
            ["StatusMessage"] = "success",
            ["code"] = 0,
            ["data"] = new Dictionary<string, object>(),
            ["msg"] = "success",
        };
        return FakeReply.Json(200, success, Ok, accepted: true);
    }

    private bool SignatureValid(JsonElement body, string secret, DateTimeOffset now)
    {
        if (!body.TryGetProperty("timestamp", out var timestampElement)
            || !body.TryGetProperty("sign", out var signElement)
            || signElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        // The documented form is a string; numbers are accepted too, as the service does.
        var timestampText = timestampElement.ValueKind == JsonValueKind.String ? timestampElement.GetString() : timestampElement.GetRawText();
        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > TimestampTolerance)
        {
            return false;
        }

        return string.Equals(signElement.GetString(), Sign(timestamp, secret), StringComparison.Ordinal);
    }

    private static bool HasMessage(JsonElement body)
    {
        if (!body.TryGetProperty("msg_type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return type.GetString() switch
        {
            "text" => body.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object
                && content.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String,
            "post" => body.TryGetProperty("content", out var post) && post.ValueKind == JsonValueKind.Object
                && post.TryGetProperty("post", out var postBody) && postBody.ValueKind == JsonValueKind.Object,
            "interactive" => body.TryGetProperty("card", out var card) && card.ValueKind == JsonValueKind.Object,
            _ => false,
        };
    }

    private FakeReply Error(long code, string message, bool tooFast = false)
    {
        var body = new Dictionary<string, object> { ["code"] = code, ["data"] = new Dictionary<string, object>(), ["msg"] = message };
        return FakeReply.Json(ErrorStatusCode, body, code, tooFast: tooFast);
    }
}

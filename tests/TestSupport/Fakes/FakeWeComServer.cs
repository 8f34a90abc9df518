using System.Text;
using System.Text.Json;

namespace CommunityNotices.Testing.Fakes;

/// <summary>
/// WeCom group-robot web hook: <c>POST /cgi-bin/webhook/send?key=K</c>, answering HTTP 200 with
/// <c>{"errcode":…,"errmsg":…}</c> as the real service does.
/// </summary>
public sealed class FakeWeComServer(TimeProvider? timeProvider = null) : FakeServer(timeProvider)
{
    public const string Path = "/cgi-bin/webhook/send";
    public const long Ok = 0;
    public const long TooFast = 45009;
    public const long InvalidWebhook = 93000;
    public const long ContentTooLong = 40058;
    public const long InvalidMessageType = 40008;
    public const long EmptyContent = 44004;
    public const long InvalidJson = 40035;
    public const int MaxTextBytes = 2048;
    public const int MaxMarkdownBytes = 4096;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly RollingWindow _window = new(TimeSpan.FromMinutes(1));

    /// <summary>Messages per rolling 60 s per key before 45009.</summary>
    public int PerMinute { get; set; } = 20;

    /// <summary>When set, keys not added with <see cref="AddKey"/> get 93000; otherwise any key works.</summary>
    public bool RequireRegisteredKeys { get; set; }

    public void AddKey(string key)
    {
        lock (_keys)
        {
            _keys.Add(key);
            _removed.Remove(key);
        }
    }

    /// <summary>Simulates the robot being removed from its group: its key answers 93000 from now on.</summary>
    public void RemoveKey(string key)
    {
        lock (_keys)
        {
            _keys.Remove(key);
            _removed.Add(key);
        }
    }

    public Uri WebhookUrl(string key) => new($"{BaseUrl}{Path.TrimStart('/')}?key={Uri.EscapeDataString(key)}");

    /// <summary>The address JSON a group using this robot would store.</summary>
    public string AddressFor(string key) => JsonSerializer.Serialize(new { webhookUrl = WebhookUrl(key).AbsoluteUri });

    internal override string KeyOf(FakeIncoming request) => request.Query["key"].ToString();

    internal override FakeReply Handle(FakeIncoming request)
    {
        if (request.Path != Path || request.Method != "POST")
        {
            return FakeReply.NotFound();
        }

        var key = KeyOf(request);
        bool known;
        lock (_keys)
        {
            known = key.Length > 0 && !_removed.Contains(key) && (!RequireRegisteredKeys || _keys.Contains(key));
        }

        if (!known)
        {
            return Error(InvalidWebhook, "invalid webhook url, hint: [fake]");
        }

        if (request.Json is not { ValueKind: JsonValueKind.Object } body)
        {
            return Error(InvalidJson, "invalid json format, hint: [fake]");
        }

        var type = body.TryGetProperty("msgtype", out var msgtype) ? msgtype.GetString() : null;
        var limit = type switch
        {
            "text" => MaxTextBytes,
            "markdown" => MaxMarkdownBytes,
            _ => 0,
        };
        if (limit == 0)
        {
            return Error(InvalidMessageType, "invalid message type, hint: [fake]");
        }

        var content = body.TryGetProperty(type!, out var payload) && payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("content", out var contentElement) && contentElement.ValueKind == JsonValueKind.String
                ? contentElement.GetString()!
                : string.Empty;
        if (content.Length == 0)
        {
            return Error(EmptyContent, "empty content, hint: [fake]");
        }

        if (Encoding.UTF8.GetByteCount(content) > limit)
        {
            return Error(ContentTooLong, $"{type}.content exceed max length {limit}. hint: [fake]");
        }

        if (_window.Count(key, request.Now) >= PerMinute)
        {
            return Error(TooFast, "api freq out of limit, hint: [fake]", tooFast: true);
        }

        _window.Add(key, request.Now);
        return FakeReply.Json(200, VendorError("errcode", Ok, "errmsg", "ok"), Ok, accepted: true);
    }

    private static FakeReply Error(long code, string message, bool tooFast = false) =>
        FakeReply.Json(200, VendorError("errcode", code, "errmsg", message), code, tooFast: tooFast);
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CommunityNotices.Testing.Fakes;

/// <summary>
/// A community's own receiver for the generic webhook channel: any path, HMAC-verified, answering 200
/// <c>{"id":"msg-N"}</c> unless scripted otherwise.
/// </summary>
public sealed class FakeWebhookServer(TimeProvider? timeProvider = null) : FakeServer(timeProvider)
{
    public const string SignatureHeader = "X-CommunityNotices-Signature";
    public const string TimestampHeader = "X-CommunityNotices-Timestamp";

    private readonly Queue<(int Status, TimeSpan? RetryAfter, Uri? Location)> _script = new();
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);
    private int _nextId;

    /// <summary>When set, requests without a valid signature and timestamp header get 401.</summary>
    public string? Secret { get; set; }

    /// <summary>Whether 2xx answers carry <c>{"id":…}</c>; when false they carry an empty body.</summary>
    public bool ReturnMessageIds { get; set; } = true;

    /// <summary>
    /// Answer the next <paramref name="count"/> (signature-valid) requests with this status, optionally with a
    /// Retry-After header (whole seconds) or a Location header (for redirects).
    /// </summary>
    public void RespondNext(int count, int statusCode, TimeSpan? retryAfter = null, Uri? location = null)
    {
        lock (_script)
        {
            for (var i = 0; i < count; i++)
            {
                _script.Enqueue((statusCode, retryAfter, location));
            }
        }
    }

    /// <summary>Requests to this path get 410 Gone from now on.</summary>
    public void MarkGone(string path)
    {
        lock (_gone)
        {
            _gone.Add(path);
        }
    }

    public Uri UrlFor(string path) => new(BaseUrl, path);

    public string AddressFor(string path, string secret) => JsonSerializer.Serialize(new { url = UrlFor(path).AbsoluteUri, secret });

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    internal override string KeyOf(FakeIncoming request) => request.Path;

    internal override FakeReply Handle(FakeIncoming request)
    {
        if (request.Method != "POST")
        {
            return new FakeReply(405, string.Empty, 405, false, ContentType: "text/plain");
        }

        if (Secret is { } secret)
        {
            var signed = request.Headers.TryGetValue(SignatureHeader, out var signature)
                && string.Equals(signature, Sign(request.RawBytes, secret), StringComparison.Ordinal);
            var stamped = request.Headers.TryGetValue(TimestampHeader, out var timestamp)
                && long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!signed || !stamped)
            {
                return FakeReply.Json(401, new { error = "invalid signature" }, 401);
            }
        }

        lock (_gone)
        {
            if (_gone.Contains(request.Path))
            {
                return FakeReply.Json(410, new { error = "gone" }, 410);
            }
        }

        (int Status, TimeSpan? RetryAfter, Uri? Location)? scripted = null;
        lock (_script)
        {
            if (_script.Count > 0)
            {
                scripted = _script.Dequeue();
            }
        }

        if (scripted is { } next && next.Status is < 200 or > 299)
        {
            var headers = new List<KeyValuePair<string, string>>();
            if (next.RetryAfter is { } after)
            {
                headers.Add(KeyValuePair.Create("Retry-After", ((int)after.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
            }

            if (next.Location is { } location)
            {
                headers.Add(KeyValuePair.Create("Location", location.AbsoluteUri));
            }

            return new FakeReply(next.Status, JsonSerializer.Serialize(new { error = "scripted" }), next.Status, false, next.Status == 429, Headers: headers);
        }

        var status = scripted?.Status ?? 200;
        var body = ReturnMessageIds ? JsonSerializer.Serialize(new { id = "msg-" + (++_nextId).ToString(CultureInfo.InvariantCulture) }) : string.Empty;
        return new FakeReply(status, body, 0, true);
    }
}

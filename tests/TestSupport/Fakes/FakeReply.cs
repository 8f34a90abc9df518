using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommunityNotices.Testing.Fakes;

/// <summary>What a fake's vendor logic answers, and how it wants the request recorded.</summary>
internal sealed record FakeReply(
    int StatusCode,
    string Body,
    long ResultCode,
    bool Accepted,
    bool TooFast = false,
    string ContentType = "application/json; charset=utf-8",
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null)
{
    // Chinese messages stay readable in test output, as the vendors send them.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FakeReply Json(int statusCode, object body, long resultCode, bool accepted = false, bool tooFast = false) =>
        new(statusCode, JsonSerializer.Serialize(body, Options), resultCode, accepted, tooFast);

    public static FakeReply NotFound() => new(404, "Not Found", 404, false, ContentType: "text/plain");
}

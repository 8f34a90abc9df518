using System.Text.Json;

namespace CommunityNotices.Testing.Fakes;

/// <summary>One request a fake received, with what it answered.</summary>
/// <param name="Key">The robot key / access token / hook token, or the path for the generic webhook.</param>
/// <param name="PathAndQuery">The request target exactly as sent (query still URL-encoded).</param>
/// <param name="Headers">Request headers; names compare case-insensitively.</param>
/// <param name="RawBody">The body as UTF-8 text.</param>
/// <param name="Body">The parsed body, or null when it was not JSON.</param>
/// <param name="ReceivedAt">The fake's clock (its <see cref="TimeProvider"/>) when the request was handled.</param>
/// <param name="StatusCode">The HTTP status answered (0 for a connection reset).</param>
/// <param name="ResultCode">The vendor code answered (errcode/code), 0 when accepted; for the generic webhook, 0 or the HTTP status.</param>
/// <param name="Accepted">Whether the fake counted this as a delivered message.</param>
/// <param name="Fault">The injected fault, if this request got one instead of a real answer.</param>
public sealed record FakeRequest(
    string Key,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string RawBody,
    JsonElement? Body,
    DateTimeOffset ReceivedAt,
    int StatusCode,
    long ResultCode,
    bool Accepted,
    FakeFault? Fault);

using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CommunityNotices.Testing.Fakes;

/// <summary>What a fake's vendor logic sees of a request.</summary>
internal sealed record FakeIncoming(
    string Method,
    string Path,
    IQueryCollection Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] RawBytes,
    string RawBody,
    JsonElement? Json,
    DateTimeOffset Now);

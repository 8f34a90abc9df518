using System.Text.Json;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>The optional body of tokens/generate: the public service's <c>user</c> is ignored, our <c>communityCode</c> read.</summary>
internal sealed record GenerateRequest(string? CommunityCode, string? Error)
{
    private const int MaxBody = 4096;

    public static async Task<GenerateRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is 0 || request.ContentLength is null && !request.HasJsonContentType())
        {
            return new GenerateRequest(null, null);
        }

        var buffer = new byte[MaxBody + 1];
        var length = 0;
        int read;
        while (length <= MaxBody && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        if (length > MaxBody)
        {
            return new GenerateRequest(null, "The request body is too large.");
        }

        if (length == 0)
        {
            return new GenerateRequest(null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new GenerateRequest(null, "The request body must be a JSON object.");
            }

            if (!json.RootElement.TryGetProperty("communityCode", out var code) || code.ValueKind == JsonValueKind.Null)
            {
                return new GenerateRequest(null, null);
            }

            return code.ValueKind == JsonValueKind.String && code.GetString() is { Length: > 0 and <= 40 } value
                ? new GenerateRequest(value.Trim(), null)
                : new GenerateRequest(null, "communityCode must be a string of at most 40 characters.");
        }
        catch (JsonException e)
        {
            return new GenerateRequest(null, $"The request body is not valid JSON: {e.Message}");
        }
    }
}

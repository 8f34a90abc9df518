using System.Text.Json.Serialization;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>The public service's error body: <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
public sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error)
{
    public static IResult Result(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: status);
}

public sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

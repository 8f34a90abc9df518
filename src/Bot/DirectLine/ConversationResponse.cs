using System.Text.Json.Serialization;
using CommunityNotices.Bot.WebChat;
using CommunityNotices.DirectLine;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>The conversation object of Direct Line: id, the caller's token and where to open the WebSocket stream.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string StreamUrl,
    [property: JsonPropertyName("referenceGrammarId")] string ReferenceGrammarId)
{
    public static ConversationResponse For(DirectLineConversation conversation, string token, DirectLineTokens tokens, HttpRequest request, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return For(conversation, token, tokens, request, watermark, tokens.IssueStream(conversation.Id, conversation.UserId));
    }

    private static ConversationResponse For(
        DirectLineConversation conversation, string token, DirectLineTokens tokens, HttpRequest request, long? watermark, string streamToken)
    {
        var baseUrl = request.HttpContext.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.BaseUrl(request);
        var ws = baseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + baseUrl[6..] : "ws:" + baseUrl[5..];
        var stream = $"{ws}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={Uri.EscapeDataString(streamToken)}";
        if (watermark is { } mark)
        {
            stream += $"&watermark={mark}";
        }

        return new ConversationResponse(conversation.Id, token, (int)tokens.Lifetime.TotalSeconds, stream, "");
    }
}

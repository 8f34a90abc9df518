using System.Text.Json.Serialization;
using CommunityNotices.Bot.WebChat;
using CommunityNotices.DirectLine;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>The conversation object of Direct Line: id, the caller's token and where to open the WebSocket stream.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string StreamUrl,
    [property: JsonPropertyName("referenceGrammarId")] string ReferenceGrammarId)
{
    /// <summary>The conversation as the caller (whose token is in the request's header) should see it.</summary>
    public static ConversationResponse For(DirectLineConversation conversation, HttpRequest request, DirectLineTokens tokens, WebChatOptions webChat, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(webChat);
        var baseUrl = webChat.BaseUrl(request);
        var ws = baseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + baseUrl[6..] : "ws:" + baseUrl[5..];
        var streamToken = tokens.IssueStream(conversation.Id, conversation.UserId);
        var stream = $"{ws}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={Uri.EscapeDataString(streamToken)}";
        if (watermark is { } mark)
        {
            stream += $"&watermark={mark}";
        }

        return new ConversationResponse(conversation.Id, DirectLineAuthorization.BearerToken(request)!, (int)tokens.Lifetime.TotalSeconds, stream, "");
    }
}

using CommunityNotices.DirectLine;
using CommunityNotices.Persistence;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// Checks a request's token against the conversation it addresses: none or not ours → 401; expired or for another
/// conversation → 403 (Direct Line clients treat 403 as "get a new token"); a conversation that no longer exists → 404.
/// </summary>
public sealed class DirectLineAuthorization(DirectLineTokens tokens, NoticesDb db)
{
    /// <param name="conversationId">The conversation the request addresses; null for the token's own (starting it).</param>
    public async Task<(DirectLineConversation? Conversation, DirectLineGrant? Grant, IResult? Failure)> AuthorizeAsync(
        HttpRequest request, string? conversationId, CancellationToken ct, bool forStream = false)
    {
        // The stream is opened with the short-lived stream token of its URL, or the conversation token in the header.
        var grant = tokens.Read(BearerToken(request)) ?? (forStream ? tokens.ReadStream(request.Query["t"]) : null);
        if (grant is null)
        {
            return (null, null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "BadArgument", "A valid Direct Line token is required (Authorization: Bearer …)."));
        }

        conversationId ??= grant.ConversationId;
        if (!string.Equals(grant.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, null, DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "This token is for another conversation."));
        }

        if (tokens.IsExpired(grant))
        {
            return (null, null, DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired."));
        }

        var conversation = await db.DirectLineConversations.FindAsync([conversationId], ct);
        return conversation is null || conversation.UserId != grant.UserId
            ? (null, null, DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found."))
            : (conversation, grant, null);
    }

    public static string? BearerToken(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}

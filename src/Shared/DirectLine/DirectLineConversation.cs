using System.Security.Cryptography;

namespace CommunityNotices.DirectLine;

/// <summary>
/// A web chat conversation on our own Direct Line endpoint. Its transcript is persisted so that a poll after a
/// restart, or on another Bot process, sees the same activities: Direct Line clients end the chat on a 404.
/// </summary>
public sealed class DirectLineConversation
{
    private DirectLineConversation() { }

    public DirectLineConversation(string userId, string? communityCode, DateTimeOffset now)
    {
        Id = NewId();
        UserId = userId;
        CommunityCode = communityCode;
        CreatedAt = now.ToUniversalTime();
        LastActivityAt = CreatedAt;
    }

    public string Id { get; private set; } = "";

    /// <summary>The resident's id on this channel; every activity they post is stamped with it, whatever the client claims.</summary>
    public string UserId { get; private set; } = "";

    /// <summary>The community whose poster opened the chat, so the bot need not ask.</summary>
    public string? CommunityCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>True once the bot has been told the conversation started (Web Chat never sends a conversationUpdate).</summary>
    public bool Started { get; private set; }

    public static string NewUserId() => "dl_" + RandomToken(12);

    private static string NewId() => RandomToken(18);

    private static string RandomToken(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}

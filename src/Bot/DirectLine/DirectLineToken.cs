using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until a time.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues and reads Direct Line tokens: the grant, signed and encrypted with ASP.NET Core Data Protection (keys in the
/// database, so every Bot process accepts every token). Expiry is checked against the injected clock, not the
/// protector's, so tests can age a token.
/// </summary>
public sealed class DirectLineTokens(IDataProtectionProvider protection, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    /// <summary>
    /// A stream URL carries its token in the query string (browsers cannot set headers on a WebSocket), where proxies
    /// log it; so it gets its own kind of token, good only for opening the stream and only for a short while.
    /// </summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);

    private readonly IDataProtector _protector = protection.CreateProtector("CommunityNotices.DirectLine.Token.v1");
    private readonly IDataProtector _streamProtector = protection.CreateProtector("CommunityNotices.DirectLine.StreamToken.v1");

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string userId) => Protect(_protector, conversationId, userId, options.Value.TokenLifetime);

    public string IssueStream(string conversationId, string userId) => Protect(_streamProtector, conversationId, userId, StreamTokenLifetime);

    /// <summary>The grant in a token whatever its age, or null when it is not one of ours.</summary>
    public DirectLineGrant? Read(string? token) => Unprotect(_protector, token);

    /// <summary>The grant in a stream token (never accepted anywhere else).</summary>
    public DirectLineGrant? ReadStream(string? token) => Unprotect(_streamProtector, token);

    private string Protect(IDataProtector protector, string conversationId, string userId, TimeSpan lifetime)
    {
        var expires = clock.GetUtcNow() + lifetime;
        var payload = $"{conversationId}\n{userId}\n{expires.ToUnixTimeMilliseconds()}";
        return WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    private static DirectLineGrant? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
            return parts.Length == 3 && long.TryParse(parts[2], out var ms)
                ? new DirectLineGrant(parts[0], parts[1], DateTimeOffset.FromUnixTimeMilliseconds(ms))
                : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }

    public bool IsExpired(DirectLineGrant grant) => grant.ExpiresAt <= clock.GetUtcNow();

    public bool MayRefresh(DirectLineGrant grant) => grant.ExpiresAt + options.Value.ResumeWindow > clock.GetUtcNow();
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CommunityNotices.Bot.Security;
using CommunityNotices.Staff;

namespace CommunityNotices.Bot.Admin;

/// <summary>
/// A signed-in staff member as claims: the same role and <c>community</c> claims an API key carries, so the same
/// policies and <see cref="Caller"/> checks apply to both.
/// </summary>
public static class StaffPrincipal
{
    public const string StampClaim = "staff_stamp";
    public const string DisplayNameClaim = "display_name";

    public static ClaimsPrincipal Create(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, ActorName(account)),
            new(DisplayNameClaim, account.DisplayName),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(StampClaim, Stamp(account)),
        };
        claims.AddRange(account.CommunityIds.Select(id => new Claim(Caller.CommunityClaim, id.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AdminAuthentication.CookieScheme));
    }

    /// <summary>How staff appear in audit entries and "created by", next to API keys' <c>apikey:name</c>.</summary>
    public static string ActorName(StaffAccount account) => $"staff:{account.UserName}";

    public static Guid? AccountId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>
    /// Changes whenever what the cookie grants should change (password, role, communities, disabled), so a session
    /// opened before such a change ends at its next request.
    /// </summary>
    public static string Stamp(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var state = $"{account.PasswordHash}|{account.Role}|{string.Join(",", account.CommunityIds.Order())}|{account.DisabledAt?.UtcTicks}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)))[..16];
    }
}

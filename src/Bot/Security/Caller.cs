using System.Security.Claims;
using CommunityNotices.Security;

namespace CommunityNotices.Bot.Security;

/// <summary>What the authenticated caller is and which communities it may see.</summary>
public static class Caller
{
    public const string CommunityClaim = "community";

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(nameof(Role.Admin));

    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static bool CanAccessCommunity(this ClaimsPrincipal user, Guid communityId) =>
        user.IsAdmin() || user.HasClaim(CommunityClaim, communityId.ToString());

    /// <summary>
    /// Admins and secretaries may see names and phones in full (secretaries only ever see their own communities'
    /// reports); viewers never. Every such read is audited by the caller.
    /// </summary>
    public static bool MayUnmaskPersonalData(this ClaimsPrincipal user) =>
        user.IsAdmin() || user.IsInRole(nameof(Role.Secretary));

    /// <summary>Null for admins (every community), else the caller's communities.</summary>
    public static IReadOnlyCollection<Guid>? CommunityScope(this ClaimsPrincipal user) =>
        user.IsAdmin()
            ? null
            : user.FindAll(CommunityClaim).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
}

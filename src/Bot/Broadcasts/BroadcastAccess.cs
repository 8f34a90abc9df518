using System.Security.Claims;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>A broadcast is a secretary's only when every community it touches is theirs.</summary>
public static class BroadcastAccess
{
    public static bool CanSee(ClaimsPrincipal user, Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(broadcast);
        return user.IsAdmin() || (broadcast.CommunityIds.Count > 0 && broadcast.CommunityIds.All(user.CanAccessCommunity));
    }
}

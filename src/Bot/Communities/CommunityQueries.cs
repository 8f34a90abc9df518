using System.Security.Claims;
using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Communities;

public static class CommunityQueries
{
    /// <summary>The communities <paramref name="user"/> may see (all for admins), by name.</summary>
    public static async Task<List<Community>> ListVisibleAsync(this NoticesDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var communities = db.Communities.AsNoTracking();
        if (user.CommunityScope() is { } scope)
        {
            communities = communities.Where(c => scope.Contains(c.Id));
        }

        return await communities.OrderBy(c => c.Name).ToListAsync(ct);
    }
}

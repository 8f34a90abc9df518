using CommunityNotices.Groups;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Broadcasts;

/// <summary>
/// Sends a draft: resolves its targets to active groups, writes one pending delivery per group together with the
/// broadcast's new status in one transaction, then wakes the workers. Sending twice queues nothing more.
/// </summary>
public sealed class QueueBroadcast(NoticesDb db, IDeliveryKick kick, TimeProvider clock)
{
    public async Task<int?> HandleAsync(Guid broadcastId, CancellationToken ct)
    {
        var broadcast = await db.Broadcasts.SingleOrDefaultAsync(b => b.Id == broadcastId, ct);
        if (broadcast is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (!broadcast.MarkQueued(now))
        {
            return await db.Deliveries.CountAsync(d => d.BroadcastId == broadcastId, ct);
        }

        var groups = await ResolveAsync(broadcast.ParsedTargets, ct);
        var dueAt = broadcast.SendAt is { } at && at > now ? at : now;
        db.Deliveries.AddRange(groups.Select(g => new Delivery(broadcast.Id, g, dueAt)));
        if (groups.Count == 0)
        {
            broadcast.MarkCompleted(now);
        }

        await db.SaveChangesAsync(ct);
        if (groups.Count > 0)
        {
            kick.Kick(dueAt > now ? dueAt : null);
        }

        return groups.Count;
    }

    private async Task<List<Guid>> ResolveAsync(BroadcastTargets targets, CancellationToken ct)
    {
        var communityIds = targets.CommunityIds.ToList();
        var groupIds = targets.GroupIds.ToList();
        var candidates = await db.Groups.AsNoTracking()
            .Where(g => g.IsActive && ((g.CommunityId != null && communityIds.Contains(g.CommunityId.Value)) || groupIds.Contains(g.Id)))
            .Select(g => new { g.Id, g.CommunityId, g.Tags })
            .ToListAsync(ct);
        // Tags filter the community-wide part only; a group named explicitly is always included.
        return candidates
            .Where(g => groupIds.Contains(g.Id) || targets.Tags.Count == 0 || g.Tags.Any(t => targets.Tags.Contains(t)))
            .Select(g => g.Id)
            .Distinct()
            .ToList();
    }
}

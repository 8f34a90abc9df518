using System.Security.Claims;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>A broadcast with each group's delivery (status, attempts, last error) and the counts per status.</summary>
public sealed class ReadBroadcastStatus(NoticesDb db)
{
    /// <returns>Null when there is no such broadcast; <see cref="BroadcastStatusResult.Forbidden"/> when it is not the caller's.</returns>
    public async Task<BroadcastStatusResult?> HandleAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return null;
        }

        if (!BroadcastAccess.CanSee(user, broadcast))
        {
            return BroadcastStatusResult.Forbidden;
        }

        var deliveries = await (
            from d in db.Deliveries.AsNoTracking()
            where d.BroadcastId == id
            join g in db.Groups on d.GroupId equals g.Id
            orderby g.Name
            select new DeliveryRow(d.GroupId, g.Name, d.Status, d.Attempts, d.LastError, d.DeliveredAt, d.NextAttemptAt, d.MergedInto != null, d.Acknowledgements))
            .ToListAsync(ct);
        var counts = new DeliveryCounts(
            deliveries.Count(d => d.Status == DeliveryStatus.Pending), deliveries.Count(d => d.Status == DeliveryStatus.Delivered),
            deliveries.Count(d => d.Status == DeliveryStatus.Retrying), deliveries.Count(d => d.Status == DeliveryStatus.Failed),
            deliveries.Count(d => d.Status == DeliveryStatus.Cancelled));
        return new BroadcastStatusResult(new BroadcastDetail(broadcast.Id, broadcast.Title, broadcast.Body, broadcast.Kind, broadcast.Status, broadcast.SendAt,
            broadcast.RequestAck, broadcast.ParsedTargets, counts, deliveries, deliveries.Sum(d => d.Acknowledgements)), false);
    }
}

public sealed record BroadcastStatusResult(BroadcastDetail? Detail, bool IsForbidden)
{
    public static readonly BroadcastStatusResult Forbidden = new(null, true);
}

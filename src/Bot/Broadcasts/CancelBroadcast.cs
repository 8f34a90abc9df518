using System.Security.Claims;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>Stops a broadcast: deliveries a worker holds right now finish, everything still waiting is cancelled.</summary>
public sealed class CancelBroadcast(NoticesDb db, TimeProvider clock)
{
    public enum Outcome { Cancelled, NotFound, Forbidden, TooLate }

    public async Task<(Outcome Outcome, string? Status)> HandleAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var broadcast = await db.Broadcasts.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return (Outcome.NotFound, null);
        }

        if (!BroadcastAccess.CanSee(user, broadcast))
        {
            return (Outcome.Forbidden, null);
        }

        if (!broadcast.CanCancel)
        {
            return (Outcome.TooLate, broadcast.Status);
        }

        var now = clock.GetUtcNow();
        broadcast.Cancel(now);
        await db.SaveChangesAsync(ct);
        await db.Deliveries.Where(d => d.BroadcastId == id && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Retrying)
                                       && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Cancelled), ct);
        return (Outcome.Cancelled, broadcast.Status);
    }
}

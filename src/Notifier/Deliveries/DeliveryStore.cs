using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// The pipeline's database work, set-based so that bookkeeping is not the bottleneck: claim a batch under a lease
/// in two statements, lease rate-limit keys in bulk, and record each outcome the moment the channel answers (the only
/// window for a duplicate is between the channel accepting and that one UPDATE). Every write re-checks the lease,
/// so a worker whose lease ran out can never overwrite another's result.
/// </summary>
public sealed class DeliveryStore(NoticesDb db, TimeProvider clock)
{
    private static readonly string[] Open = [DeliveryStatus.Pending, DeliveryStatus.Retrying];

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(Guid token, int max, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Deliveries
            .Where(d => Open.Contains(d.Status) && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.Id).Select(d => d.Id).Take(max).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var until = now + lease;
        // Re-checks the lease under the row lock, so two workers racing for the same rows cannot both win.
        await db.Deliveries
            .Where(d => candidates.Contains(d.Id) && Open.Contains(d.Status) && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseToken, token).SetProperty(d => d.LeaseUntil, until), ct);

        var claimed = await (
            from d in db.Deliveries
            where d.LeaseToken == token
            join g in db.Groups on d.GroupId equals g.Id
            join b in db.Broadcasts on d.BroadcastId equals b.Id
            orderby d.Id
            select new ClaimedDelivery(d.Id, d.BroadcastId, d.Attempts, g.Id, g.Channel, g.Address, g.RateKey, g.IsActive,
                g.InactiveReason, b.Title, b.Body, b.Kind, b.Status, b.RequestAck, d.InFlightSince, b.QueuedAt)).ToListAsync(ct);

        var scheduled = claimed.Where(c => c.BroadcastStatus == BroadcastStatus.Scheduled).Select(c => c.BroadcastId).Distinct().ToList();
        if (scheduled.Count > 0)
        {
            await db.Broadcasts.Where(b => scheduled.Contains(b.Id) && b.Status == BroadcastStatus.Scheduled)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Sending), ct);
        }

        return claimed;
    }

    /// <summary>Leases the rate-limit keys this batch needs; keys held by another worker are left out.</summary>
    public async Task<List<RateLimitState>> LeaseKeysAsync(IReadOnlyCollection<string> keys, Guid token, TimeSpan lease, CancellationToken ct)
    {
        await EnsureRowsAsync(keys, ct);
        var now = clock.GetUtcNow();
        var until = now + lease;
        await db.RateLimits.Where(s => keys.Contains(s.Key) && (s.LeaseUntil == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseToken, token).SetProperty(x => x.LeaseUntil, until), ct);
        return await db.RateLimits.Where(s => s.LeaseToken == token).ToListAsync(ct);
    }

    /// <summary>
    /// When each of these shared keys (e.g. a Teams tenant) is blocked until, where it is. Creates missing rows, so call
    /// it before leasing anything: it clears the change tracker.
    /// </summary>
    public async Task<Dictionary<string, DateTimeOffset>> BlocksAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await EnsureRowsAsync(keys, ct);
        var now = clock.GetUtcNow();
        return await db.RateLimits.AsNoTracking().Where(s => keys.Contains(s.Key) && s.BlockedUntil != null && s.BlockedUntil > now)
            .ToDictionaryAsync(s => s.Key, s => s.BlockedUntil!.Value, ct);
    }

    /// <summary>Blocks a shared key (whose row <see cref="BlocksAsync"/> created) without leasing it: other workers only read it.</summary>
    public Task BlockAsync(string key, DateTimeOffset until, CancellationToken ct) =>
        db.RateLimits.Where(s => s.Key == key && (s.BlockedUntil == null || s.BlockedUntil < until))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BlockedUntil, until), ct);

    private async Task EnsureRowsAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var existing = await db.RateLimits.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(ct);
        var missing = keys.Except(existing).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.RateLimits.AddRange(missing.Select(k => new RateLimitState { Key = k }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another worker created some of them first; they exist now, which is all we need.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Writes back the keys' send history and blocks, and lets other workers have them.</summary>
    public async Task ReleaseKeysAsync(IEnumerable<RateLimitState> states, CancellationToken ct)
    {
        foreach (var state in states)
        {
            state.LeaseToken = null;
            state.LeaseUntil = null;
        }

        await db.SaveChangesAsync(ct);
        // The next batch must read other workers' changes, not this context's cached copies.
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Marks the rows of one wave as "the channel is being called now" (see <c>Delivery.InFlightSince</c>) and returns
    /// the ones this worker still holds: a row whose lease ran out and was claimed by another worker must not be sent.
    /// </summary>
    public async Task<HashSet<long>> MarkInFlightAsync(IReadOnlyCollection<long> ids, Guid token, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        await db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).ExecuteUpdateAsync(s => s.SetProperty(d => d.InFlightSince, now), ct);
        return (await db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>Extends this worker's leases (deliveries and keys) so a long batch keeps what it claimed.</summary>
    public async Task RenewAsync(Guid token, TimeSpan lease, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + lease;
        await db.Deliveries.Where(d => d.LeaseToken == token).ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until), ct);
        await db.RateLimits.Where(k => k.LeaseToken == token).ExecuteUpdateAsync(s => s.SetProperty(k => k.LeaseUntil, until), ct);
    }

    public Task DeliveredAsync(IReadOnlyCollection<long> ids, long carrierId, string? messageId, Guid token, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        var now = clock.GetUtcNow();
        return db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Delivered)
            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.ChannelMessageId, messageId)
            .SetProperty(d => d.MergedInto, d => d.Id == carrierId || carrierId == 0 ? null : carrierId)
            .SetProperty(d => d.DeliveredAt, now)
            .SetProperty(d => d.LastError, (string?)null)
            .SetProperty(d => d.InFlightSince, (DateTimeOffset?)null)
            .SetProperty(d => d.LeaseToken, (Guid?)null)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);
    }

    public Task RetryAsync(IReadOnlyCollection<long> ids, DateTimeOffset next, string reason, Guid token, CancellationToken ct) =>
        db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Retrying)
            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.LastError, Truncate(reason))
            .SetProperty(d => d.InFlightSince, (DateTimeOffset?)null)
            .SetProperty(d => d.LeaseToken, (Guid?)null)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);

    /// <summary>Not an attempt: the rate limit (or another worker holding the key) says "later".</summary>
    public Task PostponeAsync(IReadOnlyCollection<long> ids, DateTimeOffset next, Guid token, CancellationToken ct) =>
        ids.Count == 0 ? Task.CompletedTask : db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.InFlightSince, (DateTimeOffset?)null)
            .SetProperty(d => d.LeaseToken, (Guid?)null)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);

    public Task FailAsync(IReadOnlyCollection<long> ids, string reason, Guid token, CancellationToken ct) =>
        ids.Count == 0 ? Task.CompletedTask : db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Failed)
            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.LastError, Truncate(reason))
            .SetProperty(d => d.InFlightSince, (DateTimeOffset?)null)
            .SetProperty(d => d.LeaseToken, (Guid?)null)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);

    public Task CancelAsync(IReadOnlyCollection<long> ids, Guid token, CancellationToken ct) =>
        ids.Count == 0 ? Task.CompletedTask : db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Cancelled)
            .SetProperty(d => d.InFlightSince, (DateTimeOffset?)null)
            .SetProperty(d => d.LeaseToken, (Guid?)null)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);

    public async Task DeactivateGroupAsync(Guid groupId, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Groups.Where(g => g.Id == groupId).ExecuteUpdateAsync(s => s
            .SetProperty(g => g.IsActive, false).SetProperty(g => g.InactiveReason, Truncate(reason)).SetProperty(g => g.UpdatedAt, now), ct);
    }

    /// <summary>Marks broadcasts sent once none of their deliveries is still open.</summary>
    public async Task CompleteBroadcastsAsync(IReadOnlyCollection<Guid> broadcastIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stillOpen = await db.Deliveries.Where(d => broadcastIds.Contains(d.BroadcastId) && Open.Contains(d.Status))
            .Select(d => d.BroadcastId).Distinct().ToListAsync(ct);
        var done = broadcastIds.Except(stillOpen).ToList();
        if (done.Count > 0)
        {
            await db.Broadcasts.Where(b => done.Contains(b.Id) && (b.Status == BroadcastStatus.Sending || b.Status == BroadcastStatus.Scheduled))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Sent).SetProperty(b => b.CompletedAt, now), ct);
        }
    }

    /// <summary>Whether anything is due (for the sweep), and when the next retry is due otherwise.</summary>
    public async Task<(bool Due, DateTimeOffset? Next)> PeekAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var next = await db.Deliveries.Where(d => Open.Contains(d.Status) && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => (DateTimeOffset?)d.NextAttemptAt).FirstOrDefaultAsync(ct);
        return (next is { } n && n <= now, next);
    }

    private static string Truncate(string reason) => reason.Length <= 1000 ? reason : reason[..1000];
}

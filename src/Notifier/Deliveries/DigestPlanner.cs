using CommunityNotices.Broadcasts;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// Decides what goes out through one rate-limited identity now. Notices and reminders for the same group are merged
/// into one digest message when more is waiting than the limit allows, and already once half the minute's allowance
/// is used, so that a burst (thirty reports in a minute) becomes a few digests instead of a queue past the limit.
/// Once merging, a notice younger than <see cref="Gather"/> (longer as the minute's slots run out) waits that long, so
/// that the rest of a burst arriving over a few seconds joins the same digest. What still does not fit waits for the next free slot.
/// </summary>
public static class DigestPlanner
{
    public static readonly TimeSpan Gather = TimeSpan.FromSeconds(5);

    public static DigestPlan Plan(IReadOnlyList<ClaimedDelivery> deliveries, int capacity, int perMinute, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var ordered = deliveries.OrderBy(d => d.Id).ToList();
        if (ordered.Count <= capacity && capacity > perMinute / 2)
        {
            return new DigestPlan(ordered.Select(d => new PlannedSend(d, [])).ToList(), []);
        }

        // The scarcer the slots left in this minute, the longer a burst is gathered into one digest.
        var hold = Gather * Math.Max(1, (perMinute / 2) / Math.Max(capacity, 1));
        var gathering = ordered.Where(d => BroadcastKind.IsMergeable(d.Kind) && d.QueuedAt is { } queued && now - queued < hold).ToList();
        if (gathering.Count > 0)
        {
            // Hold the whole group's notices together: sending the old ones now would split the digest.
            var held = ordered.Where(d => BroadcastKind.IsMergeable(d.Kind) && gathering.Any(g => g.GroupId == d.GroupId)).ToList();
            var rest = Plan(ordered.Except(held).ToList(), capacity, perMinute, now);
            return new DigestPlan(rest.Sends, [.. rest.Overflow, .. held], held.Max(d => d.QueuedAt!.Value) + hold);
        }

        var sends = new List<PlannedSend>();
        foreach (var group in ordered.GroupBy(d => d.GroupId))
        {
            var mergeable = group.Where(d => BroadcastKind.IsMergeable(d.Kind)).ToList();
            if (mergeable.Count >= 2)
            {
                sends.Add(new PlannedSend(mergeable[0], mergeable.Skip(1).ToList()));
                sends.AddRange(group.Except(mergeable).Select(d => new PlannedSend(d, [])));
            }
            else
            {
                sends.AddRange(group.Select(d => new PlannedSend(d, [])));
            }
        }

        sends = sends.OrderBy(s => s.Carrier.Id).ToList();
        return new DigestPlan(sends.Take(capacity).ToList(), sends.Skip(capacity).SelectMany(s => s.All).ToList());
    }
}

/// <summary>What to send now, and what has to wait (until <see cref="GatherUntil"/> at the earliest, when set).</summary>
public sealed record DigestPlan(IReadOnlyList<PlannedSend> Sends, IReadOnlyList<ClaimedDelivery> Overflow, DateTimeOffset? GatherUntil = null);

/// <summary>One message: the carrier's content alone, or a digest of the carrier and <see cref="Merged"/>.</summary>
public sealed record PlannedSend(ClaimedDelivery Carrier, IReadOnlyList<ClaimedDelivery> Merged)
{
    public IEnumerable<ClaimedDelivery> All => Merged.Prepend(Carrier);

    public bool IsDigest => Merged.Count > 0;
}

using CommunityNotices.Broadcasts;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// Decides what goes out through one rate-limited identity now. When more is waiting than the limit allows, notices
/// and reminders for the same group are merged into one digest message rather than queued past the limit; what still
/// does not fit waits for the next free slot.
/// </summary>
public static class DigestPlanner
{
    public static DigestPlan Plan(IReadOnlyList<ClaimedDelivery> deliveries, int capacity)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var ordered = deliveries.OrderBy(d => d.Id).ToList();
        if (ordered.Count <= capacity)
        {
            return new DigestPlan(ordered.Select(d => new PlannedSend(d, [])).ToList(), []);
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

/// <summary>What to send now, and what has to wait.</summary>
public sealed record DigestPlan(IReadOnlyList<PlannedSend> Sends, IReadOnlyList<ClaimedDelivery> Overflow);

/// <summary>One message: the carrier's content alone, or a digest of the carrier and <see cref="Merged"/>.</summary>
public sealed record PlannedSend(ClaimedDelivery Carrier, IReadOnlyList<ClaimedDelivery> Merged)
{
    public IEnumerable<ClaimedDelivery> All => Merged.Prepend(Carrier);

    public bool IsDigest => Merged.Count > 0;
}

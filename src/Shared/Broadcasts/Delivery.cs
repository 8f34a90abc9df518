namespace CommunityNotices.Broadcasts;

/// <summary>
/// One broadcast to one group: the unit of durable, retried work. A worker holds it under a lease while sending, so
/// a killed worker's deliveries become claimable again when the lease runs out. The delivery worker records outcomes
/// set-based (DeliveryStore), for throughput; these methods serve single updates elsewhere.
/// </summary>
public sealed class Delivery
{
    private Delivery() { }

    public Delivery(Guid broadcastId, Guid groupId, DateTimeOffset dueAt)
    {
        BroadcastId = broadcastId;
        GroupId = groupId;
        Status = DeliveryStatus.Pending;
        NextAttemptAt = dueAt.ToUniversalTime();
    }

    public long Id { get; private set; }
    public Guid BroadcastId { get; private set; }
    public Guid GroupId { get; private set; }
    public string Status { get; private set; } = DeliveryStatus.Pending;
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public Guid? LeaseToken { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>
    /// Set just before the channel is called and cleared with the outcome. Still set after the worker died means the
    /// group may have received the message: it is not sent again (a duplicate is worse than a reported unknown).
    /// </summary>
    public DateTimeOffset? InFlightSince { get; private set; }
    public string? ChannelMessageId { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    /// <summary>Set when this delivery went out inside a digest with others (the id of the delivery that carried it).</summary>
    public long? MergedInto { get; private set; }
    /// <summary>Replies acknowledging the broadcast ("收到" / "1") seen in the group, where the channel shows them.</summary>
    public int Acknowledgements { get; private set; }

    public bool IsFinal => Status is DeliveryStatus.Delivered or DeliveryStatus.Failed or DeliveryStatus.Cancelled;

    public void MarkDelivered(string? messageId, long? mergedInto, DateTimeOffset now)
    {
        EnsureNotFinal();
        Status = DeliveryStatus.Delivered;
        Attempts++;
        ChannelMessageId = messageId;
        MergedInto = mergedInto;
        DeliveredAt = now.ToUniversalTime();
        LastError = null;
        ReleaseLease();
    }

    private void ReleaseLease()
    {
        LeaseToken = null;
        LeaseUntil = null;
    }

    private void EnsureNotFinal()
    {
        if (IsFinal)
        {
            // A delivered row is never sent again: the caller holds a stale copy.
            throw new InvalidOperationException($"Delivery {Id} is already {Status}.");
        }
    }
}

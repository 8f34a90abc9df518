namespace CommunityNotices.Broadcasts;

/// <summary>One broadcast to one group: the unit of durable, retried work.</summary>
public sealed class Delivery
{
    public long Id { get; set; }
    public Guid BroadcastId { get; set; }
    public Guid GroupId { get; set; }
    public string Status { get; set; } = "pending";
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LastError { get; set; }
    public string? ChannelMessageId { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

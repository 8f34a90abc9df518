using CommunityNotices.Groups;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>A delivery held under this worker's lease, with what is needed to send it (read once, at claim).</summary>
public sealed record ClaimedDelivery(
    long Id, Guid BroadcastId, int Attempts, Guid GroupId, ChannelKind Channel, string Address, string RateKey, bool GroupActive,
    string? GroupInactiveReason, string Title, string Body, string Kind, string BroadcastStatus, bool RequestAck, DateTimeOffset? InFlightSince, DateTimeOffset? QueuedAt);

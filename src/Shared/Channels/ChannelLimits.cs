namespace CommunityNotices.Channels;

/// <summary>The vendor's limits for one robot, which the delivery pipeline enforces before sending.</summary>
/// <param name="PerMinute">Messages per rolling minute per robot (per the group's RateKey).</param>
/// <param name="PerSecond">Messages per second per robot, where the vendor has such a limit.</param>
/// <param name="MaxMessageBytes">
/// UTF-8 bytes of <see cref="OutgoingMessage.Title"/> plus <see cref="OutgoingMessage.Markdown"/> that the channel is
/// sure to fit into one vendor message; split longer notices  first.
/// </param>
/// <param name="SupportsMarkdown">Whether the vendor renders (a subset of) Markdown at all.</param>
/// <param name="LockoutWhenExceeded">How long the vendor blocks the robot after the per-minute limit is broken.</param>
public sealed record ChannelLimits(
    int PerMinute,
    int? PerSecond,
    int MaxMessageBytes,
    bool SupportsMarkdown,
    TimeSpan? LockoutWhenExceeded);

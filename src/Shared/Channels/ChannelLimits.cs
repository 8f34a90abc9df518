namespace CommunityNotices.Channels;

/// <summary>The vendor's limits for one robot, which the delivery pipeline enforces before sending.</summary>
/// <param name="PerMinute">Messages per rolling minute per robot (per <see cref="ChannelAddresses.RateKey"/>).</param>
/// <param name="PerSecond">Messages per second per robot, where the vendor has such a limit.</param>
/// <param name="MaxMessageBytes">
/// UTF-8 bytes of <see cref="OutgoingMessage.Title"/> plus <see cref="OutgoingMessage.Markdown"/> per message; split
/// longer notices with <see cref="MessageSplitter"/> first. Set below the vendor's hard limit to leave room for the
/// conversion to the vendor's dialect; input that still outgrows the hard limit (thousands of one-character lines,
/// say) gets <see cref="SendStatus.Failed"/> without being sent.
/// </param>
/// <param name="SupportsMarkdown">Whether the vendor renders (a subset of) Markdown at all.</param>
/// <param name="LockoutWhenExceeded">How long the vendor blocks the robot after the per-minute limit is broken.</param>
public sealed record ChannelLimits(
    int PerMinute,
    int? PerSecond,
    int MaxMessageBytes,
    bool SupportsMarkdown,
    TimeSpan? LockoutWhenExceeded);

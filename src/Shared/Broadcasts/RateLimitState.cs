namespace CommunityNotices.Broadcasts;

/// <summary>
/// The send history of one rate-limited identity (a robot key, a Bot Framework conversation), shared by every worker
/// process: the times of recent sends for a rolling window, a block after "too fast", and the lease of the worker
/// currently sending through it (one at a time, so the window is never overrun by two processes).
/// </summary>
public sealed class RateLimitState
{
    public string Key { get; set; } = "";
    /// <summary>Unix milliseconds of the sends in the last minute, oldest first, comma-separated.</summary>
    public string RecentSends { get; set; } = "";
    public DateTimeOffset? BlockedUntil { get; set; }
    public Guid? LeaseToken { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

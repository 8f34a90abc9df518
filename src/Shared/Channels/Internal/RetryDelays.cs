namespace CommunityNotices.Channels.Internal;

/// <summary>Backoff hints returned with <see cref="SendStatus.RetryAfter"/> when the vendor gives none.</summary>
internal static class RetryDelays
{
    /// <summary>Timeouts, refused connections, 5xx: long enough not to hammer a struggling vendor.</summary>
    public static readonly TimeSpan Transient = TimeSpan.FromSeconds(30);

    /// <summary>A per-minute limit was hit: after a full minute the rolling window has certainly moved on.</summary>
    public static readonly TimeSpan MinuteWindow = TimeSpan.FromMinutes(1);

    /// <summary>DingTalk blocks a robot for ten minutes once it breaks its per-minute limit.</summary>
    public static readonly TimeSpan DingTalkLockout = TimeSpan.FromMinutes(10);

    /// <summary>Retry-After values outside this range are treated as nonsense and clamped.</summary>
    public static readonly TimeSpan MaxHonoured = TimeSpan.FromHours(24);
}

using System.Globalization;
using CommunityNotices.Channels;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// A rolling record of recent sends through one rate-limited identity. Vendors count a rolling minute (WeCom's 20
/// per minute), so a fixed window would allow twice the limit across a boundary; a margin absorbs clock differences.
/// </summary>
public sealed class RateWindow
{
    public static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    private readonly List<DateTimeOffset> _sends;

    private RateWindow(List<DateTimeOffset> sends) => _sends = sends;

    public static RateWindow Parse(string? recentSends) =>
        new((recentSends ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null)
            .OfType<DateTimeOffset>().Order().ToList());

    /// <summary>How many more messages may go out now without breaking the per-minute limit.</summary>
    public int Capacity(ChannelLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return Math.Max(0, limits.PerMinute - InLast(Minute + Margin, now));
    }

    /// <summary>How long to wait before the next send so the per-second limit holds (zero when it may go now).</summary>
    public TimeSpan PerSecondWait(ChannelLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.PerSecond is not { } perSecond)
        {
            return TimeSpan.Zero;
        }

        var window = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(100);
        var recent = _sends.Where(s => s > now - window).ToList();
        return recent.Count < perSecond ? TimeSpan.Zero : recent[^perSecond] + window - now;
    }

    /// <summary>When the next slot in the per-minute window opens.</summary>
    public DateTimeOffset NextFreeSlot(ChannelLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var inWindow = _sends.Where(s => s > now - Minute - Margin).ToList();
        return inWindow.Count < limits.PerMinute ? now : inWindow[^limits.PerMinute] + Minute + Margin;
    }

    public void Record(DateTimeOffset at) => _sends.Add(at);

    /// <summary>The sends still inside the window, as stored in <c>rate_limit_states.recent_sends</c>.</summary>
    public string Serialize(DateTimeOffset now) =>
        string.Join(',', _sends.Where(s => s > now - Minute - Margin).Select(s => s.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));

    private int InLast(TimeSpan span, DateTimeOffset now) => _sends.Count(s => s > now - span);
}

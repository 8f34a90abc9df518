using System.Diagnostics.CodeAnalysis;

namespace CommunityNotices.Schedules;

/// <summary>
/// Resolves the IANA time zone ids schedules are stored with (<c>Asia/Shanghai</c>), the same way on
/// every machine.
/// </summary>
/// <remarks>
/// Slim container images often ship without tzdata, where <c>Asia/Shanghai</c> would not resolve and
/// every schedule would fail to load. China has kept UTC+8 without daylight saving since 1991, so for
/// Asia/Shanghai and its aliases a fixed UTC+8 zone is an exact stand-in for every date a schedule can
/// still fire on.
/// </remarks>
public static class TimeZoneResolver
{
    /// <summary>The IANA id of China Standard Time.</summary>
    public const string ChinaZoneId = "Asia/Shanghai";

    private static readonly HashSet<string> ChinaAliases = new(StringComparer.Ordinal)
    {
        ChinaZoneId, "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC",
    };

    private static readonly Lazy<TimeZoneInfo> FixedChina = new(() => TimeZoneInfo.CreateCustomTimeZone(
        ChinaZoneId,
        TimeSpan.FromHours(8),
        "(UTC+08:00) China Standard Time",
        "China Standard Time"));

    private static readonly Lazy<TimeZoneInfo> ChinaZone = new(() => Resolve(ChinaZoneId));

    /// <summary>Asia/Shanghai: the system's zone when the machine has tzdata, a fixed UTC+8 zone otherwise.</summary>
    public static TimeZoneInfo China => ChinaZone.Value;

    /// <summary>Resolves an IANA time zone id.</summary>
    /// <returns><see langword="false"/> when <paramref name="id"/> is blank, a Windows id, or unknown.</returns>
    public static bool TryResolve(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone) =>
        TryResolve(id, out zone, out _);

    /// <summary>Resolves an IANA time zone id, saying why when it cannot.</summary>
    /// <param name="id">An IANA id such as <c>Asia/Shanghai</c>.</param>
    /// <param name="zone">The zone, when resolved.</param>
    /// <param name="error">Why <paramref name="id"/> was rejected, when it was.</param>
    public static bool TryResolve(
        string? id,
        [NotNullWhen(true)] out TimeZoneInfo? zone,
        [NotNullWhen(false)] out string? error) =>
        TryResolve(id, FindSystemZone, out zone, out error);

    /// <summary>Resolves an IANA time zone id.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> cannot be resolved; the message says why.</exception>
    public static TimeZoneInfo Resolve(string id) =>
        TryResolve(id, out var zone, out var error) ? zone : throw new ArgumentException(error, nameof(id));

    /// <summary>
    /// Lets Quartz resolve Asia/Shanghai on machines without tzdata too, for triggers it reads back
    /// from a job store by zone id. Process-wide; dispose the result to remove it again.
    /// </summary>
    public static IDisposable RegisterQuartzFallback() => Quartz.TimeZones.AddResolver(FallbackFor);

    internal static bool TryResolve(
        string? id,
        Func<string, TimeZoneInfo?> findSystemZone,
        [NotNullWhen(true)] out TimeZoneInfo? zone,
        [NotNullWhen(false)] out string? error)
    {
        zone = null;
        var trimmed = id?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = "Time zone is required: an IANA id such as Asia/Shanghai.";
            return false;
        }

        // Windows ids resolve on some machines and not others, so stored schedules use IANA only.
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(trimmed, out var ianaId)
            && !TimeZoneInfo.TryConvertIanaIdToWindowsId(trimmed, out _))
        {
            error = $"Time zone \"{trimmed}\" is a Windows id; use the IANA id \"{ianaId}\" instead.";
            return false;
        }

        zone = findSystemZone(trimmed) ?? FallbackFor(trimmed);
        if (zone is not null)
        {
            error = null;
            return true;
        }

        error = $"Time zone \"{trimmed}\" is not a known IANA time zone id (e.g. Asia/Shanghai). "
            + "If the id is right, this machine may be missing tzdata.";
        return false;
    }

    internal static TimeZoneInfo? FallbackFor(string id) =>
        ChinaAliases.Contains(id) ? FixedChina.Value : null;

    private static TimeZoneInfo? FindSystemZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}

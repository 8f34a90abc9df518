namespace CommunityNotices.Hosting;

/// <summary>China Standard Time (UTC+8, no daylight saving): the users' clock, whatever the machine's time zone.</summary>
public static class ChinaTime
{
    public const string ZoneId = "Asia/Shanghai";

    // Containers built without tzdata cannot find the IANA id; China has had a fixed UTC+8 offset without daylight
    // saving since 1991, so a custom zone is equivalent.
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }
}

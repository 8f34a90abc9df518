using System.Text.Json;
using CommunityNotices.Broadcasts;

namespace CommunityNotices.Schedules;

/// <summary>
/// A recurring reminder: a Quartz cron expression in the schedule's own time zone, optionally limited to China's
/// working days, that fires a "reminder" broadcast through the delivery pipeline.
/// </summary>
public sealed class Schedule
{
    public const string WorkdayCalendar = "china-workdays";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public Guid CommunityId { get; set; }
    public string Cron { get; set; } = "";
    /// <summary>The friendly form it was made from, as JSON (null when a cron expression was given).</summary>
    public string? Recurrence { get; set; }
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>Null, or <see cref="WorkdayCalendar"/>: fire only on China's working days (holidays and 调休 applied).</summary>
    public string? Calendar { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Markdown with Liquid variables: communityName, hotline, date.</summary>
    public string Body { get; set; } = "";
    /// <summary>JSON of the broadcast targets.</summary>
    public string Targets { get; set; } = "{}";

    /// <summary><see cref="Targets"/> read; the schedule's own community when nothing was stored.</summary>
    public BroadcastTargets ParsedTargets => JsonSerializer.Deserialize<BroadcastTargets>(Targets, Json) ?? new BroadcastTargets([CommunityId], [], []);

    public DateTimeOffset? StartAt { get; set; }
    public DateTimeOffset? EndAt { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>Fire times up to here have been handled (fired, skipped or recorded as missed).</summary>
    public DateTimeOffset? EvaluatedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Notifier.Schedules;

/// <summary>The <c>Schedules</c> section.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedules";

    /// <summary>After downtime, a fire time missed by less than this is sent once at start; older ones are recorded as missed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Schedules:MisfireGrace must be between 0 and 7 days (hh:mm:ss).")]
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often Quartz looks for fire times that have come (the precision of a schedule).</summary>
    [Range(1, 60, ErrorMessage = "Schedules:TickSeconds must be between 1 and 60.")]
    public int TickSeconds { get; set; } = 1;
}

namespace CommunityNotices.Schedules;

/// <summary>Says whether a civil date is a working day for the people a schedule serves.</summary>
/// <remarks>
/// Implementations are shared between threads and cloned Quartz calendars, so they should be
/// immutable.
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    bool IsWorkingDay(DateOnly day);
}

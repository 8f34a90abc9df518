using Quartz;

namespace CommunityNotices.Schedules;

/// <summary>
/// Hands an <see cref="IWorkingDayCalendar"/> to Quartz: times on non-working days, read on the
/// schedule's wall clock, are excluded.
/// </summary>
/// <remarks>
/// Register it with <c>IScheduler.AddCalendar</c> and name it on triggers (<c>WithCalendarName</c>).
/// A persistent job store also needs a <c>CalendarSerializer</c> for this type; the in-memory store
/// does not.
/// </remarks>
public sealed class QuartzWorkdayCalendar : ICalendar
{
    // Ten years of consecutive non-working days means the calendar excludes everything.
    private const int MaxConsecutiveSkippedDays = 3660;

    /// <summary>Wraps <paramref name="workingDays"/>, reading instants on <paramref name="timeZone"/>'s wall clock.</summary>
    public QuartzWorkdayCalendar(IWorkingDayCalendar workingDays, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(timeZone);
        WorkingDays = workingDays;
        TimeZone = timeZone;
    }

    /// <summary>The working-day rule being applied.</summary>
    public IWorkingDayCalendar WorkingDays { get; }

    /// <summary>The zone whose civil date decides whether an instant is on a working day.</summary>
    /// <remarks>
    /// 00:30 on 1 January in Shanghai is still 31 December in UTC, so reading dates in any other
    /// zone would let a New Year reminder through.
    /// </remarks>
    public TimeZoneInfo TimeZone { get; }

    /// <inheritdoc />
    public string? Description { get; set; }

    /// <inheritdoc />
    public ICalendar? CalendarBase { get; set; }

    /// <inheritdoc />
    public bool IsTimeIncluded(DateTimeOffset timeUtc) =>
        (CalendarBase is null || CalendarBase.IsTimeIncluded(timeUtc))
        && WorkingDays.IsWorkingDay(LocalDays.DateIn(timeUtc, TimeZone));

    /// <summary>
    /// <paramref name="timeUtc"/> itself when it is included; otherwise the first included instant
    /// after it, which for this calendar is the start of the next working day. Returns
    /// <see cref="DateTimeOffset.MinValue"/> when nothing is included, as Quartz's own calendars do.
    /// </summary>
    public DateTimeOffset GetNextIncludedTimeUtc(DateTimeOffset timeUtc)
    {
        var candidate = timeUtc;
        for (var skipped = 0; skipped <= MaxConsecutiveSkippedDays; skipped++)
        {
            if (CalendarBase is not null && !CalendarBase.IsTimeIncluded(candidate))
            {
                var fromBase = CalendarBase.GetNextIncludedTimeUtc(candidate);
                if (fromBase <= candidate)
                {
                    return DateTimeOffset.MinValue;
                }

                candidate = fromBase;
                continue;
            }

            var day = LocalDays.DateIn(candidate, TimeZone);
            if (WorkingDays.IsWorkingDay(day))
            {
                return candidate.ToUniversalTime();
            }

            candidate = LocalDays.StartOf(day.AddDays(1), TimeZone);
        }

        return DateTimeOffset.MinValue;
    }

    /// <inheritdoc />
    /// <remarks>The working-day rule is immutable and shared; the base calendar is cloned.</remarks>
    public ICalendar Clone() => new QuartzWorkdayCalendar(WorkingDays, TimeZone)
    {
        Description = Description,
        CalendarBase = CalendarBase?.Clone(),
    };
}

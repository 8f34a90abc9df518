using Quartz;

namespace CommunityNotices.Schedules;

/// <summary>Previews when a cron schedule will fire, on the schedule's own wall clock.</summary>
public static class FireTimes
{
    /// <summary>The most fire times one call returns.</summary>
    public const int MaxCount = 1000;

    // Ten years of consecutive non-working days means the calendar excludes everything.
    private const int MaxConsecutiveSkippedDays = 3660;

    /// <summary>
    /// The next <paramref name="count"/> times <paramref name="cron"/> fires strictly after
    /// <paramref name="after"/>, evaluated in <paramref name="zone"/> whatever the machine's zone is.
    /// </summary>
    /// <param name="cron">A Quartz cron expression.</param>
    /// <param name="zone">The schedule's time zone; field values are read on its wall clock.</param>
    /// <param name="after">The instant to search from, in any offset.</param>
    /// <param name="count">How many fire times to return, 0 to <see cref="MaxCount"/>.</param>
    /// <param name="calendar">When given, fire times on its non-working days are skipped.</param>
    /// <returns>
    /// Fire times carrying <paramref name="zone"/>'s offset (ISO 8601 <c>+08:00</c> for China). Fewer
    /// than <paramref name="count"/> when the schedule ends, as a one-shot or year-bound expression does.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="cron"/> is not a valid Quartz cron expression.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="MaxCount"/>.</exception>
    public static IReadOnlyList<DateTimeOffset> Next(
        string cron,
        TimeZoneInfo zone,
        DateTimeOffset after,
        int count,
        IWorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        if (CronValidator.Validate(cron) is { } problem)
        {
            throw new ArgumentException(problem, nameof(cron));
        }

        var expression = new CronExpression(cron, zone);
        var results = new List<DateTimeOffset>(count);
        var cursor = after;
        var skippedDays = 0;
        while (results.Count < count)
        {
            if (expression.GetNextValidTimeAfter(cursor) is not { } next)
            {
                break;
            }

            var local = TimeZoneInfo.ConvertTime(next, zone);
            var day = DateOnly.FromDateTime(local.DateTime);
            if (calendar is null || calendar.IsWorkingDay(day))
            {
                results.Add(local);
                cursor = next;
                skippedDays = 0;
                continue;
            }

            if (++skippedDays > MaxConsecutiveSkippedDays)
            {
                break;
            }

            // Jump to the next local day in one step; a seconds-level cron would otherwise be walked
            // through a nine-day Spring Festival one fire at a time. Quartz searches strictly after
            // the cursor and fires on whole seconds, so one second early still finds midnight itself.
            cursor = LocalDays.StartOf(day.AddDays(1), zone).AddSeconds(-1);
        }

        return results;
    }
}

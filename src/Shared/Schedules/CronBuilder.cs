using System.Globalization;

namespace CommunityNotices.Schedules;

/// <summary>
/// Builds Quartz cron expressions (seconds first; <c>?</c> in whichever day field is not used) from
/// typed values. <see cref="RecurrenceParser"/> is the forgiving front door for user input; these
/// methods throw on arguments that a caller should never pass.
/// </summary>
public static class CronBuilder
{
    /// <summary>Interval lengths that divide a minute or an hour evenly.</summary>
    /// <remarks>
    /// A cron step restarts at the top of each minute or hour, so any other length leaves a short gap
    /// there (<c>0/7</c> fires at :49, :56 and then :00).
    /// </remarks>
    public static IReadOnlyList<int> EvenIntervals { get; } = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];

    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>Every day at <paramref name="time"/>: <c>0 mm HH * * ?</c>.</summary>
    public static string Daily(TimeOnly time) =>
        Invariant($"{time.Second} {time.Minute} {time.Hour} * * ?");

    /// <summary>On <paramref name="days"/> at <paramref name="time"/>: <c>0 30 8 ? * MON,THU</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or holds an undefined value.</exception>
    public static string Weekly(IEnumerable<DayOfWeek> days, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(days);
        var set = days.ToHashSet();
        if (set.Count == 0)
        {
            throw new ArgumentException("At least one day of the week is required.", nameof(days));
        }

        if (set.Any(d => !Enum.IsDefined(d)))
        {
            throw new ArgumentException("Days must be defined DayOfWeek values.", nameof(days));
        }

        // Monday-first order is how a Chinese week reads, and it keeps equal schedules spelled equally.
        var names = MondayFirst.Where(set.Contains).Select(DayName);
        return Invariant($"{time.Second} {time.Minute} {time.Hour} ? * {string.Join(',', names)}");
    }

    /// <summary>Once, at a wall-clock date-time in the schedule's zone: <c>0 30 8 15 12 ? 2026</c>.</summary>
    /// <remarks>The year field pins it to one date; after that the expression never fires again.</remarks>
    public static string Once(DateTime localDateTime) =>
        Invariant($"{localDateTime.Second} {localDateTime.Minute} {localDateTime.Hour} {localDateTime.Day} {localDateTime.Month} ? {localDateTime.Year}");

    /// <summary>Every <paramref name="seconds"/> seconds from the top of each minute: <c>0/10 * * * * ?</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seconds"/> is not one of <see cref="EvenIntervals"/>.</exception>
    public static string EverySeconds(int seconds)
    {
        RequireEven(seconds, nameof(seconds));
        return Invariant($"0/{seconds} * * * * ?");
    }

    /// <summary>Every <paramref name="minutes"/> minutes from the top of each hour: <c>0 0/5 * * * ?</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is not one of <see cref="EvenIntervals"/>.</exception>
    public static string EveryMinutes(int minutes)
    {
        RequireEven(minutes, nameof(minutes));
        return Invariant($"0 0/{minutes} * * * ?");
    }

    internal static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MON",
        DayOfWeek.Tuesday => "TUE",
        DayOfWeek.Wednesday => "WED",
        DayOfWeek.Thursday => "THU",
        DayOfWeek.Friday => "FRI",
        DayOfWeek.Saturday => "SAT",
        DayOfWeek.Sunday => "SUN",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    private static void RequireEven(int value, string name)
    {
        if (!EvenIntervals.Contains(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be one of {string.Join(", ", EvenIntervals)}.");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

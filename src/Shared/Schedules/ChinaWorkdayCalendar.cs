using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace CommunityNotices.Schedules;

/// <summary>
/// Mainland China's working days: Monday to Friday, minus the public holidays the State Council
/// announces each year, plus the weekend make-up working days (调休上班) that come with them.
/// </summary>
/// <remarks>
/// Quartz's HolidayCalendar can only take days away, so it cannot say that a Sunday is a working
/// day; this calendar can, and <see cref="QuartzWorkdayCalendar"/> hands it to Quartz. Years without
/// an arrangement loaded run as plain Monday-to-Friday weeks; <see cref="Years"/> tells which are
/// loaded. Instances are immutable.
/// </remarks>
public sealed class ChinaWorkdayCalendar : IWorkingDayCalendar
{
    private const string ResourceName = "CommunityNotices.Schedules.china-holidays.json";

    private static readonly Lazy<ChinaWorkdayCalendar> DefaultCalendar = new(LoadEmbedded);

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Creates a calendar from explicit dates.</summary>
    /// <param name="holidays">Days off, including weekend days inside a holiday block if wished.</param>
    /// <param name="workdays">Make-up working days; each must be a Saturday or Sunday.</param>
    /// <exception cref="ArgumentException">
    /// A date is both a holiday and a workday, or a workday is not a weekend day.
    /// </exception>
    public ChinaWorkdayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(workdays);

        var holidaySet = holidays.ToFrozenSet();
        var workdaySet = workdays.ToFrozenSet();
        var errors = new List<string>();
        foreach (var day in workdaySet.Order())
        {
            if (holidaySet.Contains(day))
            {
                errors.Add(BothMessage(day) + ".");
            }
            else if (!IsWeekend(day))
            {
                errors.Add(WeekdayWorkdayMessage(day));
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(workdays));
        }

        Holidays = holidaySet;
        Workdays = workdaySet;
        Years = holidaySet.Concat(workdaySet).Select(d => d.Year).ToFrozenSet();
    }

    private ChinaWorkdayCalendar(FrozenSet<DateOnly> holidays, FrozenSet<DateOnly> workdays, FrozenSet<int> years)
    {
        Holidays = holidays;
        Workdays = workdays;
        Years = years;
    }

    /// <summary>The 2025 and 2026 State Council arrangements shipped with this assembly.</summary>
    /// <remarks>See Data/README.md in the source for where each date comes from.</remarks>
    public static ChinaWorkdayCalendar Default => DefaultCalendar.Value;

    /// <summary>Listed days off.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>Listed weekend days that are working days.</summary>
    public IReadOnlySet<DateOnly> Workdays { get; }

    /// <summary>
    /// The years whose arrangement is loaded: the file's year keys, or for a calendar built from
    /// dates, the years those dates fall in.
    /// </summary>
    public IReadOnlySet<int> Years { get; }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) =>
        !Holidays.Contains(day) && (Workdays.Contains(day) || !IsWeekend(day));

    /// <summary>Reads a calendar in the <c>china-holidays.json</c> shape.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or breaks a rule; the message lists every problem.</exception>
    public static ChinaWorkdayCalendar Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryLoad(json, out var calendar, out var errors)
            ? calendar
            : throw new InvalidDataException("Working-day calendar is invalid: " + string.Join(" ", errors));
    }

    /// <summary>Reads a calendar in the <c>china-holidays.json</c> shape, reporting every problem found.</summary>
    /// <param name="json">UTF-8 JSON: <c>{"2026": {"holidays": ["2026-01-01", …], "workdays": ["2026-01-04", …]}}</c>.</param>
    /// <param name="calendar">The calendar, when valid.</param>
    /// <param name="errors">One message per problem, naming the year, list and date at fault.</param>
    public static bool TryLoad(
        Stream json,
        [NotNullWhen(true)] out ChinaWorkdayCalendar? calendar,
        out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        calendar = null;
        var problems = new List<string>();
        errors = problems;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            problems.Add($"Not valid JSON: {ex.Message}");
            return false;
        }

        var holidays = new Dictionary<DateOnly, string>();
        var workdays = new Dictionary<DateOnly, string>();
        var years = new HashSet<int>();
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("The calendar must be a JSON object keyed by year, e.g. {\"2026\": {\"holidays\": [], \"workdays\": []}}.");
                return false;
            }

            foreach (var yearProperty in root.EnumerateObject())
            {
                ReadYear(yearProperty, years, holidays, workdays, problems);
            }
        }

        foreach (var (day, where) in workdays.OrderBy(w => w.Key))
        {
            if (holidays.TryGetValue(day, out var holidayWhere))
            {
                problems.Add($"{BothMessage(day)} ({holidayWhere} and {where}).");
            }
        }

        if (problems.Count > 0)
        {
            return false;
        }

        calendar = new ChinaWorkdayCalendar(holidays.Keys.ToFrozenSet(), workdays.Keys.ToFrozenSet(), years.ToFrozenSet());
        return true;
    }

    private static void ReadYear(
        JsonProperty yearProperty,
        HashSet<int> years,
        Dictionary<DateOnly, string> holidays,
        Dictionary<DateOnly, string> workdays,
        List<string> problems)
    {
        var key = yearProperty.Name;
        if (key.Length != 4
            || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1900)
        {
            problems.Add($"\"{key}\" is not a year; keys must be four-digit years such as \"2026\".");
            return;
        }

        if (!years.Add(year))
        {
            problems.Add($"{key} appears more than once.");
            return;
        }

        if (yearProperty.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{key} must be an object with \"holidays\" and \"workdays\" lists.");
            return;
        }

        foreach (var list in yearProperty.Value.EnumerateObject())
        {
            switch (list.Name)
            {
                case "holidays":
                    ReadDates(year, list, holidays, requireWeekend: false, problems);
                    break;
                case "workdays":
                    ReadDates(year, list, workdays, requireWeekend: true, problems);
                    break;
                case "source":
                    if (list.Value.ValueKind != JsonValueKind.String)
                    {
                        problems.Add($"{key}.source must be text naming the document the dates come from.");
                    }

                    break;
                default:
                    problems.Add($"{key}.{list.Name} is not recognised; expected holidays, workdays or source.");
                    break;
            }
        }
    }

    private static void ReadDates(
        int year,
        JsonProperty list,
        Dictionary<DateOnly, string> into,
        bool requireWeekend,
        List<string> problems)
    {
        var path = $"{year}.{list.Name}";
        if (list.Value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path} must be a list of yyyy-MM-dd dates.");
            return;
        }

        var index = 0;
        foreach (var item in list.Value.EnumerateArray())
        {
            var where = $"{path}[{index++}]";
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
            if (item.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problems.Add($"{where}: \"{text}\" is not a date in yyyy-MM-dd form.");
                continue;
            }

            // A New Year block can start in the previous December, as it did for 2019.
            if (day.Year != year && !(day.Year == year - 1 && day.Month == 12))
            {
                problems.Add($"{where}: {Iso(day)} is not in {year} (only the previous December may appear).");
                continue;
            }

            if (requireWeekend && !IsWeekend(day))
            {
                problems.Add($"{where}: {WeekdayWorkdayMessage(day)}");
                continue;
            }

            into.TryAdd(day, where);
        }
    }

    private static ChinaWorkdayCalendar LoadEmbedded()
    {
        using var stream = typeof(ChinaWorkdayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string BothMessage(DateOnly day) =>
        $"{Iso(day)} is listed both as a holiday and as a make-up workday";

    private static string WeekdayWorkdayMessage(DateOnly day) =>
        $"{Iso(day)} is a {day.DayOfWeek}; make-up workdays (调休上班) are always Saturdays or Sundays.";
}

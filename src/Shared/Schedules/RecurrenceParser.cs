using System.Globalization;
using System.Text.Json;

namespace CommunityNotices.Schedules;

/// <summary>
/// Turns a <see cref="Recurrence"/> (what a form or API client sent) into a Quartz cron expression,
/// or into messages that name the field at fault, e.g. <c>recurrence.time must be HH:mm</c>.
/// </summary>
public static class RecurrenceParser
{
    /// <summary>The <c>kind</c> for a daily recurrence.</summary>
    public const string DailyKind = "daily";

    /// <summary>The <c>kind</c> for a weekly recurrence.</summary>
    public const string WeeklyKind = "weekly";

    /// <summary>The <c>kind</c> for a one-shot recurrence.</summary>
    public const string OnceKind = "once";

    /// <summary>The <c>kind</c> for a fixed interval in seconds or minutes, meant for testing.</summary>
    public const string IntervalKind = "interval";

    private const string DefaultField = "recurrence";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
    };

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>Parses a recurrence sent as JSON, reporting malformed JSON as an error rather than throwing.</summary>
    /// <param name="json">The recurrence object, e.g. <c>{"kind":"daily","time":"09:00"}</c>.</param>
    /// <param name="field">The name messages use for the recurrence, e.g. <c>notice.recurrence</c>.</param>
    public static RecurrenceResult ParseJson(string? json, string field = DefaultField)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return RecurrenceResult.Failure([$"{field} is required."]);
        }

        Recurrence? recurrence;
        try
        {
            recurrence = JsonSerializer.Deserialize<Recurrence>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            return RecurrenceResult.Failure([$"{field} is not valid JSON: {ex.Message}"]);
        }

        return Parse(recurrence, field);
    }

    /// <summary>Validates <paramref name="recurrence"/> and converts it to a Quartz cron expression.</summary>
    /// <param name="recurrence">The recurrence to convert.</param>
    /// <param name="field">The name messages use for the recurrence, e.g. <c>notice.recurrence</c>.</param>
    public static RecurrenceResult Parse(Recurrence? recurrence, string field = DefaultField)
    {
        if (recurrence is null)
        {
            return RecurrenceResult.Failure([$"{field} is required."]);
        }

        var errors = new List<string>();
        var kind = recurrence.Kind?.Trim().ToLowerInvariant();
        string? cron = kind switch
        {
            null or "" => Fail(errors, $"{field}.kind is required: daily, weekly, once or interval."),
            DailyKind => Daily(recurrence, field, errors),
            WeeklyKind => Weekly(recurrence, field, errors),
            OnceKind => Once(recurrence, field, errors),
            IntervalKind => Interval(recurrence, field, errors),
            _ => Fail(errors, $"{field}.kind must be daily, weekly, once or interval, not \"{recurrence.Kind}\"."),
        };

        if (errors.Count > 0 || cron is null)
        {
            return RecurrenceResult.Failure(errors);
        }

        // Quartz has limits the fields above cannot see, such as its year range.
        var problem = CronValidator.Validate(cron);
        return problem is null
            ? RecurrenceResult.Success(cron)
            : RecurrenceResult.Failure([$"{field} does not make a schedule Quartz accepts: {problem}"]);
    }

    private static string? Daily(Recurrence r, string field, List<string> errors)
    {
        RejectUnused(r, field, errors, days: true, at: true, interval: true);
        var time = ParseTime(r.Time, field, errors);
        return errors.Count == 0 && time is { } t ? CronBuilder.Daily(t) : null;
    }

    private static string? Weekly(Recurrence r, string field, List<string> errors)
    {
        RejectUnused(r, field, errors, days: false, at: true, interval: true);
        var time = ParseTime(r.Time, field, errors);
        var days = ParseDays(r.Days, field, errors);
        return errors.Count == 0 && time is { } t ? CronBuilder.Weekly(days, t) : null;
    }

    private static string? Once(Recurrence r, string field, List<string> errors)
    {
        RejectUnused(r, field, errors, days: true, at: false, interval: true);
        if (r.Time is not null)
        {
            errors.Add($"{field}.time is not used with kind once; put the date and time in {field}.at.");
        }

        var at = ParseAt(r.At, field, errors);
        return errors.Count == 0 && at is { } a ? CronBuilder.Once(a) : null;
    }

    private static string? Interval(Recurrence r, string field, List<string> errors)
    {
        if (r.Time is not null)
        {
            errors.Add($"{field}.time is not used with kind interval.");
        }

        RejectUnused(r, field, errors, days: true, at: true, interval: false);

        var unit = r.Unit?.Trim().ToLowerInvariant();
        var seconds = unit is "seconds" or "second";
        var minutes = unit is "minutes" or "minute";
        if (!seconds && !minutes)
        {
            errors.Add(r.Unit is null
                ? $"{field}.unit is required: seconds or minutes."
                : $"{field}.unit must be seconds or minutes, not \"{r.Unit}\".");
        }

        if (r.Every is not { } every)
        {
            errors.Add($"{field}.every is required: one of {string.Join(", ", CronBuilder.EvenIntervals)}.");
            return null;
        }

        if (!CronBuilder.EvenIntervals.Contains(every))
        {
            errors.Add($"{field}.every must be one of {string.Join(", ", CronBuilder.EvenIntervals)} so the gaps stay equal across the minute or hour; got {every}.");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return seconds ? CronBuilder.EverySeconds(every) : CronBuilder.EveryMinutes(every);
    }

    private static TimeOnly? ParseTime(string? text, string field, List<string> errors)
    {
        if (text is null)
        {
            errors.Add($"{field}.time is required (HH:mm, e.g. 08:30).");
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add($"{field}.time must be HH:mm (00:00 to 23:59), not \"{text}\".");
        return null;
    }

    private static List<DayOfWeek> ParseDays(IReadOnlyList<string>? days, string field, List<string> errors)
    {
        var parsed = new List<DayOfWeek>();
        if (days is null || days.Count == 0)
        {
            errors.Add($"{field}.days must name at least one day: mon, tue, wed, thu, fri, sat, sun.");
            return parsed;
        }

        for (var i = 0; i < days.Count; i++)
        {
            var name = days[i]?.Trim();
            if (name is not null && DayNames.TryGetValue(name, out var day))
            {
                parsed.Add(day);
            }
            else
            {
                errors.Add($"{field}.days[{i}] must be one of mon, tue, wed, thu, fri, sat, sun, not \"{days[i]}\".");
            }
        }

        return parsed;
    }

    private static DateTime? ParseAt(string? text, string field, List<string> errors)
    {
        if (text is null)
        {
            errors.Add($"{field}.at is required (local date-time yyyy-MM-ddTHH:mm, e.g. 2026-12-15T08:30).");
            return null;
        }

        var trimmed = text.Trim();
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        if (DateTime.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at;
        }

        // An offset would silently disagree with the schedule's zone, so say so rather than "bad format".
        string[] withOffset = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK"];
        if (DateTimeOffset.TryParseExact(trimmed, withOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{field}.at must be a local date-time without offset (yyyy-MM-ddTHH:mm); the schedule's time zone applies. Got \"{text}\".");
            return null;
        }

        errors.Add($"{field}.at must be a local date-time yyyy-MM-ddTHH:mm (e.g. 2026-12-15T08:30), not \"{text}\".");
        return null;
    }

    private static void RejectUnused(Recurrence r, string field, List<string> errors, bool days, bool at, bool interval)
    {
        // Stray fields usually mean the wrong kind was picked, so they are errors, not noise.
        var kind = r.Kind?.Trim().ToLowerInvariant();
        if (days && r.Days is not null)
        {
            errors.Add($"{field}.days is not used with kind {kind}.");
        }

        if (at && r.At is not null)
        {
            errors.Add($"{field}.at is not used with kind {kind}.");
        }

        if (interval && r.Every is not null)
        {
            errors.Add($"{field}.every is not used with kind {kind}.");
        }

        if (interval && r.Unit is not null)
        {
            errors.Add($"{field}.unit is not used with kind {kind}.");
        }
    }

    private static string? Fail(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }
}

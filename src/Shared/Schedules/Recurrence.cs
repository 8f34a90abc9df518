using System.Text.Json.Serialization;

namespace CommunityNotices.Schedules;

/// <summary>
/// A friendly description of when a notice repeats, in the shape a form or API client sends it:
/// <c>{"kind":"daily","time":"09:00"}</c>, <c>{"kind":"weekly","days":["mon","thu"],"time":"08:30"}</c>,
/// <c>{"kind":"once","at":"2026-12-15T08:30"}</c> or <c>{"kind":"interval","every":10,"unit":"seconds"}</c>.
/// </summary>
/// <remarks>
/// Every member is nullable text because this is the unvalidated input: <see cref="RecurrenceParser"/>
/// turns it into a cron expression or into messages that name the offending field. Times are wall-clock
/// times in the schedule's own time zone, which is kept beside the cron expression, not in it.
/// </remarks>
/// <param name="Kind"><c>daily</c>, <c>weekly</c>, <c>once</c> or <c>interval</c>.</param>
/// <param name="Time">Time of day as <c>HH:mm</c>, for <c>daily</c> and <c>weekly</c>.</param>
/// <param name="Days">Days of the week (<c>mon</c> … <c>sun</c>), for <c>weekly</c>.</param>
/// <param name="At">Local date-time <c>yyyy-MM-ddTHH:mm</c>, for <c>once</c>.</param>
/// <param name="Every">Interval length, for <c>interval</c>.</param>
/// <param name="Unit"><c>seconds</c> or <c>minutes</c>, for <c>interval</c>.</param>
public sealed record Recurrence(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("time"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Time = null,
    [property: JsonPropertyName("days"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Days = null,
    [property: JsonPropertyName("at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? At = null,
    [property: JsonPropertyName("every"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Every = null,
    [property: JsonPropertyName("unit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null)
{
    /// <summary>Every day at <paramref name="time"/> (<c>HH:mm</c>).</summary>
    public static Recurrence Daily(string time) => new(RecurrenceParser.DailyKind, Time: time);

    /// <summary>On the given days (<c>mon</c> … <c>sun</c>) at <paramref name="time"/> (<c>HH:mm</c>).</summary>
    public static Recurrence Weekly(string time, params string[] days) => new(RecurrenceParser.WeeklyKind, Time: time, Days: days);

    /// <summary>Once, at a local date-time (<c>yyyy-MM-ddTHH:mm</c>).</summary>
    public static Recurrence Once(string at) => new(RecurrenceParser.OnceKind, At: at);

    /// <summary>Every <paramref name="every"/> <paramref name="unit"/> (<c>seconds</c> or <c>minutes</c>); meant for testing.</summary>
    public static Recurrence Interval(int every, string unit) => new(RecurrenceParser.IntervalKind, Every: every, Unit: unit);
}

using System.Text.Json;
using CommunityNotices.Bot.Admin;
using CommunityNotices.Bot.Schedules;
using CommunityNotices.Broadcasts;
using CommunityNotices.Schedules;

namespace CommunityNotices.Bot.Pages.Admin.Schedules;

/// <summary>The friendly schedule form, shared by "new" and "edit": daily, weekly, once, or a raw cron.</summary>
public sealed class ScheduleForm
{
    public string? Name { get; set; }
    public Guid? CommunityId { get; set; }
    public string Kind { get; set; } = RecurrenceParser.DailyKind;
    public string? Time { get; set; } = "09:00";
    public List<string> Days { get; set; } = [];
    public string? At { get; set; }
    public string? Cron { get; set; }
    public string TimeZone { get; set; } = TimeZoneResolver.ChinaZoneId;
    public bool Workdays { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }

    /// <summary>Only the community's groups with these tags (say "staff" for the weekly meeting); empty = all of them.</summary>
    public string? Tags { get; set; }

    /// <param name="enabled">Null keeps the schedule's switch as it is.</param>
    /// <param name="saved">When editing: the targets saved before, so groups named through the API are kept.</param>
    /// <param name="savedCommunityId">When editing: the community the schedule had.</param>
    public ScheduleRequest ToRequest(bool? enabled, BroadcastTargets? saved = null, Guid? savedCommunityId = null)
    {
        var tags = TagList.Parse(Tags);
        var ownCommunityOnly = saved is null || (saved.GroupIds.Count == 0 && saved.CommunityIds.SequenceEqual([savedCommunityId ?? Guid.Empty]));
        var targets = ownCommunityOnly ? new ScheduleTargets(null, null, tags) : new ScheduleTargets(saved!.CommunityIds, saved.GroupIds, tags);
        JsonElement? recurrence = Kind switch
        {
            RecurrenceParser.DailyKind => JsonSerializer.SerializeToElement(Recurrence.Daily(Time ?? "")),
            RecurrenceParser.WeeklyKind => JsonSerializer.SerializeToElement(Recurrence.Weekly(Time ?? "", [.. Days])),
            RecurrenceParser.OnceKind => JsonSerializer.SerializeToElement(Recurrence.Once(At ?? "")),
            _ => null,
        };
        return new ScheduleRequest(Name, CommunityId, recurrence is null ? Cron ?? "" : null, recurrence, TimeZone,
            Workdays ? Schedule.WorkdayCalendar : "none", Title, Body, targets, null, null, enabled);
    }

    /// <summary>The form as the schedule was saved; a recurrence the form cannot show (an interval) appears as its cron.</summary>
    public static ScheduleForm From(Schedule schedule, BroadcastTargets targets)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(targets);
        var form = new ScheduleForm
        {
            Name = schedule.Name, CommunityId = schedule.CommunityId, Cron = schedule.Cron, TimeZone = schedule.TimeZone,
            Workdays = schedule.Calendar == Schedule.WorkdayCalendar, Title = schedule.Title, Body = schedule.Body, Kind = "cron",
            Tags = TagList.Format(targets.Tags),
        };
        Recurrence? recurrence = null;
        try
        {
            recurrence = schedule.Recurrence is { Length: > 0 } json ? JsonSerializer.Deserialize<Recurrence>(json) : null;
        }
        catch (JsonException)
        {
        }

        if (recurrence?.Kind is RecurrenceParser.DailyKind or RecurrenceParser.WeeklyKind or RecurrenceParser.OnceKind)
        {
            form.Kind = recurrence.Kind;
            form.Time = recurrence.Time ?? form.Time;
            form.Days = recurrence.Days?.ToList() ?? [];
            form.At = recurrence.At;
        }

        return form;
    }
}

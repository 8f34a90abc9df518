using System.Text.Json;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Schedules;

/// <summary>Checks a schedule request and applies it to the schedule; shared by the API and the schedules page.</summary>
public static class ScheduleRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Applies a create (<paramref name="isNew"/>) or an edit, stamping the times when it is valid.</summary>
    /// <returns>Errors keyed by field (name, communityId, cron, recurrence, timeZone, calendar, title, body, endAt); empty when applied.</returns>
    public static async Task<Dictionary<string, string[]>> ApplyAsync(
        Schedule schedule, ScheduleRequest r, bool isNew, DateTimeOffset now, NoticesDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var wasEnabled = schedule.Enabled;
        void Error(string field, string message) => errors[field] = [message];

        if (isNew || r.Name is not null)
        {
            if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 200)
            {
                Error("name", "name is required (at most 200 characters), e.g. 每周疫情防控工作推进会.");
            }
            else
            {
                schedule.Name = r.Name.Trim();
            }
        }

        if (isNew || r.CommunityId is not null)
        {
            if (r.CommunityId is not { } communityId || !await db.Communities.AnyAsync(c => c.Id == communityId, ct))
            {
                Error("communityId", "communityId must name an existing community.");
            }
            else
            {
                schedule.CommunityId = communityId;
            }
        }

        if (r.Cron is not null && r.Recurrence is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined })
        {
            Error("cron", "give either cron or recurrence, not both.");
        }
        else if (r.Cron is not null)
        {
            if (CronValidator.Validate(r.Cron) is { } problem)
            {
                Error("cron", problem);
            }
            else
            {
                schedule.Cron = r.Cron.Trim();
                schedule.Recurrence = null;
            }
        }
        else if (r.Recurrence is { ValueKind: JsonValueKind.Object } recurrence)
        {
            var parsed = RecurrenceParser.ParseJson(recurrence.GetRawText());
            if (!parsed.IsValid)
            {
                Error("recurrence", string.Join(" ", parsed.Errors));
            }
            else
            {
                schedule.Cron = parsed.Cron!;
                schedule.Recurrence = recurrence.GetRawText();
            }
        }
        else if (isNew)
        {
            Error("cron", "cron or recurrence is required, e.g. \"0 30 8 ? * MON,THU\" or {\"kind\":\"daily\",\"time\":\"09:00\"}.");
        }

        if (r.TimeZone is not null)
        {
            if (!TimeZoneResolver.TryResolve(r.TimeZone, out _, out var zoneError))
            {
                Error("timeZone", zoneError ?? $"timeZone '{r.TimeZone}' is not a known IANA time zone (e.g. Asia/Shanghai).");
            }
            else
            {
                schedule.TimeZone = r.TimeZone;
            }
        }

        if (r.Calendar is not null)
        {
            if (r.Calendar is not ("" or "none" or Schedule.WorkdayCalendar))
            {
                Error("calendar", $"calendar must be {Schedule.WorkdayCalendar} (China's working days) or none.");
            }
            else
            {
                schedule.Calendar = r.Calendar == Schedule.WorkdayCalendar ? r.Calendar : null;
            }
        }

        if (isNew || r.Title is not null)
        {
            if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Length > 200)
            {
                Error("title", "title is required (at most 200 characters).");
            }
            else
            {
                schedule.Title = r.Title.Trim();
            }
        }

        if (isNew || r.Body is not null)
        {
            if (string.IsNullOrWhiteSpace(r.Body) || r.Body.Length > 20_000)
            {
                Error("body", "body is required (Markdown with {{ communityName }}, {{ hotline }}, {{ date }}; at most 20,000 characters).");
            }
            else if (!BroadcastTemplates.TryRender(r.Body, new Dictionary<string, string>(), out var templateError))
            {
                Error("body", templateError);
            }
            else
            {
                schedule.Body = r.Body;
            }
        }

        if (isNew || r.Targets is not null)
        {
            var targets = new BroadcastTargets(r.Targets?.CommunityIds ?? [], r.Targets?.GroupIds ?? [], r.Targets?.Tags ?? []);
            // By default a reminder goes to the schedule's own community.
            schedule.Targets = JsonSerializer.Serialize(targets.CommunityIds.Count == 0 && targets.GroupIds.Count == 0
                ? targets with { CommunityIds = [schedule.CommunityId] } : targets, Json);
        }

        schedule.StartAt = r.StartAt?.ToUniversalTime() ?? schedule.StartAt;
        schedule.EndAt = r.EndAt?.ToUniversalTime() ?? schedule.EndAt;
        if (schedule.StartAt is { } s && schedule.EndAt is { } e && e <= s)
        {
            Error("endAt", "endAt must be after startAt.");
        }

        schedule.Enabled = r.Enabled ?? schedule.Enabled;
        if (errors.Count == 0)
        {
            schedule.UpdatedAt = now;
            if (isNew)
            {
                schedule.CreatedAt = now;
                schedule.EvaluatedUntil = now;
            }
            else if (!wasEnabled && schedule.Enabled)
            {
                // Re-enabling is not a reason to send what fell due while it was off.
                schedule.EvaluatedUntil = now;
            }
        }

        return errors;
    }
}

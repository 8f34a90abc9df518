using System.Security.Claims;
using System.Text.Json;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Notifier.Schedules;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Schedules;

/// <summary>Reminders on a schedule: Quartz decides when (in the schedule's own time zone), the broadcast pipeline sends.</summary>
public static class SchedulesApi
{
    public static IEndpointRouteBuilder MapSchedulesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/schedules").WithTags("Schedules");
        api.MapPost("/", Create).RequireAuthorization(Policies.Staff)
            .WithDescription("cron (Quartz, seconds first) or recurrence: {kind: daily|weekly|once|interval, time, days, at, every, unit}; " +
                             "timeZone (IANA, default Asia/Shanghai); calendar: china-workdays to skip holidays and fire on 调休 make-up days.");
        api.MapGet("/", List).RequireAuthorization(Policies.Reader);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Reader);
        api.MapPatch("/{id:guid}", Update).RequireAuthorization(Policies.Staff);
        api.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.Staff);
        api.MapPost("/{id:guid}/run-now", RunNow).RequireAuthorization(Policies.Staff);
        api.MapGet("/{id:guid}/runs", Runs).RequireAuthorization(Policies.Reader);
        return app;
    }

    public static async Task<Results<Created<ScheduleResponse>, ValidationProblem, ForbidHttpResult>> Create(
        ScheduleRequest request, ClaimsPrincipal user, NoticesDb db, TimeProvider clock, CancellationToken ct)
    {
        var schedule = new Schedule();
        var errors = await ScheduleRules.ApplyAsync(schedule, request, isNew: true, clock.GetUtcNow(), db, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!user.CanAccessCommunity(schedule.CommunityId))
        {
            return TypedResults.Forbid();
        }

        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/schedules/{schedule.Id}", ScheduleResponse.From(schedule, clock));
    }

    public static async Task<Ok<List<ScheduleResponse>>> List([FromQuery] Guid? communityId, ClaimsPrincipal user, NoticesDb db, TimeProvider clock, CancellationToken ct)
    {
        var scope = user.CommunityScope();
        var query = db.Schedules.AsNoTracking();
        if (scope is not null)
        {
            query = query.Where(s => scope.Contains(s.CommunityId));
        }

        if (communityId is { } id)
        {
            query = query.Where(s => s.CommunityId == id);
        }

        var list = await query.OrderBy(s => s.Name).ToListAsync(ct);
        return TypedResults.Ok(list.Select(s => ScheduleResponse.From(s, clock)).ToList());
    }

    public static async Task<Results<Ok<ScheduleResponse>, NotFound, ForbidHttpResult>> Get(Guid id, ClaimsPrincipal user, NoticesDb db, TimeProvider clock, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return schedule is null ? TypedResults.NotFound()
            : !user.CanAccessCommunity(schedule.CommunityId) ? TypedResults.Forbid()
            : TypedResults.Ok(ScheduleResponse.From(schedule, clock));
    }

    public static async Task<Results<Ok<ScheduleResponse>, NotFound, ValidationProblem, ForbidHttpResult>> Update(
        Guid id, ScheduleRequest request, ClaimsPrincipal user, NoticesDb db, TimeProvider clock, CancellationToken ct)
    {
        var schedule = await db.Schedules.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanAccessCommunity(schedule.CommunityId) || (request.CommunityId is { } target && !user.CanAccessCommunity(target)))
        {
            return TypedResults.Forbid();
        }

        var errors = await ScheduleRules.ApplyAsync(schedule, request, isNew: false, clock.GetUtcNow(), db, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ScheduleResponse.From(schedule, clock));
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Delete(Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var schedule = await db.Schedules.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanAccessCommunity(schedule.CommunityId))
        {
            return TypedResults.Forbid();
        }

        db.Schedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted<RunResponse>, NotFound, ForbidHttpResult>> RunNow(
        Guid id, ClaimsPrincipal user, NoticesDb db, RunScheduleNow runNow, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanAccessCommunity(schedule.CommunityId))
        {
            return TypedResults.Forbid();
        }

        var run = await runNow.HandleAsync(id, ct);
        return TypedResults.Accepted($"/api/schedules/{id}/runs", RunResponse.From(run));
    }

    public static async Task<Results<Ok<List<RunResponse>>, NotFound, ForbidHttpResult>> Runs(Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanAccessCommunity(schedule.CommunityId))
        {
            return TypedResults.Forbid();
        }

        var runs = await db.ScheduleRuns.AsNoTracking().Where(r => r.ScheduleId == id).OrderByDescending(r => r.FireTime).Take(500).ToListAsync(ct);
        return TypedResults.Ok(runs.Select(RunResponse.From).ToList());
    }
}

public sealed record ScheduleTargets(IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<Guid>? GroupIds, IReadOnlyList<string>? Tags);

public sealed record ScheduleRequest(string? Name, Guid? CommunityId, string? Cron, JsonElement? Recurrence, string? TimeZone, string? Calendar,
    string? Title, string? Body, ScheduleTargets? Targets, DateTimeOffset? StartAt, DateTimeOffset? EndAt, bool? Enabled);

public sealed record ScheduleResponse(Guid Id, string Name, Guid CommunityId, string Cron, JsonElement? Recurrence, string TimeZone, string? Calendar,
    string Title, string Body, JsonElement Targets, DateTimeOffset? StartAt, DateTimeOffset? EndAt, bool Enabled, IReadOnlyList<string> NextFireTimes)
{
    public static ScheduleResponse From(Schedule s, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(s);
        var next = s.Enabled && TimeZoneResolver.TryResolve(s.TimeZone, out var zone)
            ? FireTimes.Next(s.Cron, zone, Max(clock.GetUtcNow(), s.StartAt), 5, s.Calendar == Schedule.WorkdayCalendar ? ChinaWorkdayCalendar.Default : null)
                .Where(t => s.EndAt is null || t <= s.EndAt)
                .Select(t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : [];
        return new ScheduleResponse(s.Id, s.Name, s.CommunityId, s.Cron, s.Recurrence is null ? null : JsonDocument.Parse(s.Recurrence).RootElement,
            s.TimeZone, s.Calendar, s.Title, s.Body, JsonDocument.Parse(s.Targets).RootElement, s.StartAt, s.EndAt, s.Enabled, next);
    }

    private static DateTimeOffset Max(DateTimeOffset now, DateTimeOffset? start) => start is { } s && s > now ? s.AddTicks(-1) : now;
}

public sealed record RunResponse(long Id, DateTimeOffset FireTime, string Status, Guid? BroadcastId)
{
    public static RunResponse From(ScheduleRun r) => new(r.Id, r.FireTime, r.Status, r.BroadcastId);
}

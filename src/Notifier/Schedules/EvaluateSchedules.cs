using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.Schedules;

/// <summary>
/// Turns the fire times that have come into schedule runs: each fire time becomes one row, unique per schedule and
/// time, so however many Notifiers evaluate at once a fire time is sent at most once. After downtime only the latest
/// fire time within the grace period is sent; older ones are recorded as missed, never sent late in a burst. A fire
/// time on a non-working day of a working-day schedule is recorded as skipped.
/// </summary>
public sealed class EvaluateSchedules(NoticesDb db, IBackgroundJobClient jobs, IOptions<ScheduleOptions> options, TimeProvider clock)
{
    private const int MaxFireTimesPerEvaluation = 500;

    public async Task HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var schedules = await db.Schedules.Where(s => s.Enabled).ToListAsync(ct);
        var runs = new List<ScheduleRun>();
        foreach (var schedule in schedules)
        {
            runs.AddRange(Due(schedule, now));
            schedule.EvaluatedUntil = now;
        }

        db.ScheduleRuns.AddRange(runs);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another evaluator recorded some of these fire times first; keep ours that are new, one by one.
            db.ChangeTracker.Clear();
            runs = await SaveNewOnlyAsync(runs, schedules, now, ct);
        }

        foreach (var run in runs.Where(r => r.Status == ScheduleRunStatus.Pending))
        {
            jobs.Enqueue<FireSchedule>(f => f.RunAsync(run.Id, CancellationToken.None));
        }
    }

    private IEnumerable<ScheduleRun> Due(Schedule schedule, DateTimeOffset now)
    {
        var from = schedule.EvaluatedUntil ?? schedule.CreatedAt;
        if (schedule.StartAt is { } start && start > from)
        {
            from = start.AddTicks(-1);
        }

        if (!TimeZoneResolver.TryResolve(schedule.TimeZone, out var zone) || CronValidator.Validate(schedule.Cron) is not null)
        {
            yield break;
        }

        var times = FireTimes.Next(schedule.Cron, zone, from, MaxFireTimesPerEvaluation)
            .Where(t => t <= now && (schedule.EndAt is null || t <= schedule.EndAt)).ToList();
        var grace = options.Value.MisfireGrace;
        var latest = times.LastOrDefault(t => now - t <= grace);
        foreach (var time in times)
        {
            var status = time != latest || now - time > grace ? ScheduleRunStatus.Missed
                : schedule.Calendar == Schedule.WorkdayCalendar && !ChinaWorkdayCalendar.Default.IsWorkingDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, zone).DateTime))
                    ? ScheduleRunStatus.Skipped
                    : ScheduleRunStatus.Pending;
            yield return new ScheduleRun { ScheduleId = schedule.Id, FireTime = time.ToUniversalTime(), Status = status, CreatedAt = now };
        }
    }

    private async Task<List<ScheduleRun>> SaveNewOnlyAsync(List<ScheduleRun> runs, List<Schedule> schedules, DateTimeOffset now, CancellationToken ct)
    {
        var saved = new List<ScheduleRun>();
        foreach (var run in runs)
        {
            db.ScheduleRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
                saved.Add(run);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        var ids = schedules.Select(s => s.Id).ToList();
        await db.Schedules.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvaluatedUntil, now), ct);
        return saved;
    }
}

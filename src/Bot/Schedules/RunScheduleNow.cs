using CommunityNotices.Notifier.Schedules;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Hangfire;

namespace CommunityNotices.Bot.Schedules;

/// <summary>"Send it now": a run at this moment, fired through the same job as a scheduled one.</summary>
public sealed class RunScheduleNow(NoticesDb db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<ScheduleRun> HandleAsync(Guid scheduleId, CancellationToken ct)
    {
        var run = new ScheduleRun { ScheduleId = scheduleId, FireTime = clock.GetUtcNow(), Status = ScheduleRunStatus.Pending, CreatedAt = clock.GetUtcNow() };
        db.ScheduleRuns.Add(run);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<FireSchedule>(f => f.RunAsync(run.Id, CancellationToken.None));
        return run;
    }
}

using System.Globalization;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Notifier.Schedules;

/// <summary>
/// Sends one schedule run: writes its reminder broadcast and marks the run sent in one transaction, then queues the
/// broadcast (idempotent). Not one TransactionScope across EF Core and Hangfire: a retry after a crash in between
/// finds the run with its broadcast and only queues it.
/// </summary>
public sealed class FireSchedule(NoticesDb db, QueueBroadcast queue, TimeProvider clock)
{

    [Queue("default")]
    public async Task RunAsync(long runId, CancellationToken ct)
    {
        var run = await db.ScheduleRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.Status is not (ScheduleRunStatus.Pending or ScheduleRunStatus.Sent))
        {
            return;
        }

        if (run.BroadcastId is null)
        {
            var schedule = await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == run.ScheduleId, ct);
            var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == schedule.CommunityId, ct);
            var targets = schedule.ParsedTargets;
            var local = TimeZoneResolver.TryResolve(schedule.TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(run.FireTime, zone) : run.FireTime;
            var variables = new Dictionary<string, string>
            {
                ["communityName"] = community.Name,
                ["hotline"] = community.Hotline,
                ["date"] = local.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            };
            var body = BroadcastTemplates.TryRender(schedule.Body, variables, out var rendered) ? rendered : schedule.Body;
            var broadcast = new Broadcast(schedule.Title, body, BroadcastKind.Reminder, targets, $"schedule:{schedule.Name}", clock.GetUtcNow());
            db.Broadcasts.Add(broadcast);
            run.BroadcastId = broadcast.Id;
            run.Status = ScheduleRunStatus.Sent;
            await db.SaveChangesAsync(ct);
        }

        await queue.HandleAsync(run.BroadcastId.Value, ct);
    }
}

using CommunityNotices.Communities;
using CommunityNotices.Notifier.Schedules;
using CommunityNotices.Schedules;
using CommunityNotices.Testing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CommunityNotices.Notifier.Tests.Schedules;

public sealed class EvaluateSchedulesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task WorkdaySchedule_SkipsAHoliday_AndFiresOnAMakeUpSunday()
    {
        var id = await SeedAsync("0 0 9 * * ?", Schedule.WorkdayCalendar, evaluatedUntil: new DateTimeOffset(2025, 12, 31, 10, 0, 0, China));

        // 2026-01-01 is New Year's Day; 2026-01-04 is a Sunday worked in exchange (调休).
        var runs = await EvaluateAtAsync(id, new DateTimeOffset(2026, 1, 1, 9, 0, 1, China));
        runs.AddRange(await EvaluateAtAsync(id, new DateTimeOffset(2026, 1, 4, 9, 0, 1, China), from: new DateTimeOffset(2026, 1, 4, 8, 0, 0, China)));

        Assert.Equal([ScheduleRunStatus.Skipped, ScheduleRunStatus.Pending], runs.Select(r => r.Status));
    }

    [Fact]
    public async Task AfterDowntime_TheLatestFireWithinGraceRunsOnce_AndOlderOnesAreMissed()
    {
        var id = await SeedAsync("0 0 * * * ?", calendar: null, evaluatedUntil: new DateTimeOffset(2026, 11, 29, 6, 30, 0, China));

        var runs = await EvaluateAtAsync(id, new DateTimeOffset(2026, 11, 29, 10, 20, 0, China));

        Assert.Equal(
            [(7, ScheduleRunStatus.Missed), (8, ScheduleRunStatus.Missed), (9, ScheduleRunStatus.Missed), (10, ScheduleRunStatus.Pending)],
            runs.Select(r => (r.FireTime.ToOffset(China).Hour, r.Status)));
    }

    [Fact]
    public async Task EvaluatingTwice_RecordsEachFireTimeOnce()
    {
        var id = await SeedAsync("0/2 * * * * ?", calendar: null, evaluatedUntil: new DateTimeOffset(2026, 11, 29, 8, 0, 0, China));
        var at = new DateTimeOffset(2026, 11, 29, 8, 0, 5, China);

        await EvaluateAtAsync(id, at);
        await using (var db = TestDatabases.OpenPostgres(database.ConnectionString))
        {
            // A second evaluator that had not seen the first one's progress.
            await db.Schedules.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvaluatedUntil, new DateTimeOffset(2026, 11, 29, 8, 0, 0, China)));
        }

        var again = await EvaluateAtAsync(id, at);

        Assert.Empty(again);
        await using var check = TestDatabases.OpenPostgres(database.ConnectionString);
        Assert.Equal(2, await check.ScheduleRuns.CountAsync(r => r.ScheduleId == id));
    }

    private async Task<List<ScheduleRun>> EvaluateAtAsync(Guid scheduleId, DateTimeOffset now, DateTimeOffset? from = null)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        if (from is { } f)
        {
            await db.Schedules.Where(s => s.Id == scheduleId).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvaluatedUntil, f));
        }

        var evaluate = new EvaluateSchedules(db, new Mock<IBackgroundJobClient>().Object, Options.Create(new ScheduleOptions()), new FakeTimeProvider(now));
        var before = await db.ScheduleRuns.Where(r => r.ScheduleId == scheduleId).Select(r => r.Id).ToListAsync();
        await evaluate.HandleAsync(CancellationToken.None);
        return await db.ScheduleRuns.AsNoTracking().Where(r => r.ScheduleId == scheduleId && !before.Contains(r.Id)).OrderBy(r => r.FireTime).ToListAsync();
    }

    private async Task<Guid> SeedAsync(string cron, string? calendar, DateTimeOffset evaluatedUntil)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var community = new Community("日程社区", $"e{Guid.NewGuid():N}"[..12], "", "12345", evaluatedUntil);
        db.Communities.Add(community);
        // Other tests' schedules in this database must not fire here.
        await db.Schedules.ExecuteUpdateAsync(s => s.SetProperty(x => x.Enabled, false));
        var schedule = new Schedule
        {
            Name = "提醒", CommunityId = community.Id, Cron = cron, Calendar = calendar, Title = "t", Body = "b",
            CreatedAt = evaluatedUntil, UpdatedAt = evaluatedUntil, EvaluatedUntil = evaluatedUntil,
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule.Id;
    }
}

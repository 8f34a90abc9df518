using CommunityNotices.Channels;
using CommunityNotices.Communities;
using CommunityNotices.Groups;
using CommunityNotices.Schedules;
using CommunityNotices.Testing;
using CommunityNotices.Testing.Fakes;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Notifier.Tests.Schedules;

/// <summary>
/// Two Notifier processes on one database and a schedule every 2 seconds: each fire time makes exactly one broadcast;
/// with one process killed the other keeps firing.
/// </summary>
public sealed class ScheduleClusterTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TwoNotifiers_FireEachTimeOnce_AndTheSurvivorKeepsFiring()
    {
        await using var webhook = new FakeWebhookServer { Secret = "cluster-secret" };
        await webhook.StartAsync(TestContext.Current.CancellationToken);
        var scheduleId = await SeedAsync(webhook);
        using var folder = new TempDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
            ["Deliveries__SweepSeconds"] = "1",
            ["Schedules__TickSeconds"] = "1",
        };
        await using var first = ChildProcess.Start("Notifier", new Dictionary<string, string?>(environment) { ["Notifier__InstanceName"] = "n1" }, folder.Path);
        await using var second = ChildProcess.Start("Notifier", new Dictionary<string, string?>(environment) { ["Notifier__InstanceName"] = "n2" }, folder.Path);

        await Eventually.HoldsAsync(async () => (await SentRunsAsync(scheduleId)).Count >= 4, TimeSpan.FromSeconds(60), () => first.Output + second.Output);
        first.Kill();
        await first.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var atKill = (await SentRunsAsync(scheduleId)).Count;
        await Eventually.HoldsAsync(async () => (await SentRunsAsync(scheduleId)).Count >= atKill + 3, TimeSpan.FromSeconds(60), () => second.Output);

        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var runs = await SentRunsAsync(scheduleId);
        Assert.Equal(runs.Count, runs.Select(r => r.FireTime).Distinct().Count());
        Assert.All(runs, r => Assert.Equal(0, r.FireTime.Second % 2));
        var broadcastIds = runs.Select(r => r.BroadcastId!.Value).ToList();
        Assert.Equal(runs.Count, broadcastIds.Distinct().Count());
        Assert.Equal(runs.Count, await db.Broadcasts.CountAsync(b => b.CreatedBy == "schedule:集群提醒"));
        await Eventually.HoldsAsync(async () => await db.Deliveries.CountAsync(d => broadcastIds.Contains(d.BroadcastId) && d.Status == "delivered") == runs.Count, TimeSpan.FromSeconds(60), () => second.Output);
        Assert.True(webhook.Delivered.Count >= runs.Count);
    }

    private async Task<List<ScheduleRun>> SentRunsAsync(Guid scheduleId)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        return await db.ScheduleRuns.AsNoTracking().Where(r => r.ScheduleId == scheduleId && r.Status == ScheduleRunStatus.Sent).OrderBy(r => r.FireTime).ToListAsync();
    }

    private async Task<Guid> SeedAsync(FakeWebhookServer webhook)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        var community = new Community("集群社区", $"q{Guid.NewGuid():N}"[..12], "", "12345", now);
        db.Communities.Add(community);
        var address = ChannelAddresses.Normalize(ChannelKind.Webhook, webhook.AddressFor("/cluster", "cluster-secret"));
        db.Groups.Add(new Group(community.Id, "居民群", ChannelKind.Webhook, address, ChannelAddresses.RateKey(ChannelKind.Webhook, address), [], now));
        var schedule = new Schedule
        {
            Name = "集群提醒", CommunityId = community.Id, Cron = "0/2 * * * * ?", Title = "提醒", Body = "每两秒一次",
            Targets = $$"""{"communityIds":["{{community.Id}}"],"groupIds":[],"tags":[]}""",
            CreatedAt = now, UpdatedAt = now, EvaluatedUntil = now,
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule.Id;
    }
}

using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using CommunityNotices.Communities;
using CommunityNotices.Groups;
using CommunityNotices.Testing;
using CommunityNotices.Testing.Fakes;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Notifier.Tests.Deliveries;

/// <summary>
/// A real Notifier process is killed (SIGKILL) in the middle of a 500-group broadcast and started again: every
/// delivery ends delivered or failed, none is lost, and no group receives the message twice.
/// </summary>
public sealed class CrashSafetyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Groups = 500;

    [Fact]
    public async Task KilledWorker_LosesNothing_AndSendsNothingTwice()
    {
        await using var wecom = new FakeWeComServer();
        await wecom.StartAsync(TestContext.Current.CancellationToken);
        var broadcastId = await SeedBroadcastAsync(wecom);
        using var folder = new TempDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
            ["Deliveries__SweepSeconds"] = "1",
            ["Deliveries__LeaseSeconds"] = "5",
            ["Deliveries__BatchSize"] = "20",
            ["Deliveries__Concurrency"] = "4",
            ["Deliveries__ParallelJobs"] = "1",
            // A machine busy with other tests (a browser, say) must not turn a slow answer into a retried, duplicate
            // send: that is the timeout's behaviour, not the crash's, which is what this test is about.
            ["Channels__RequestTimeoutSeconds"] = "120",
        };

        await using (var first = ChildProcess.Start("Notifier", environment, folder.Path))
        {
            await Eventually.HoldsAsync(() => Task.FromResult(wecom.Delivered.Count >= 150), TimeSpan.FromSeconds(90), () => first.Output);
            first.Kill();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        var atKill = wecom.Delivered.Count;
        Assert.True(atKill < Groups, $"the broadcast finished ({atKill}) before the kill; nothing was tested");

        await using var second = ChildProcess.Start("Notifier", environment, folder.Path);
        await Eventually.HoldsAsync(async () => await OpenCountAsync(broadcastId) == 0, TimeSpan.FromSeconds(90), () => second.Output);

        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var deliveries = await db.Deliveries.Where(d => d.BroadcastId == broadcastId).ToListAsync();
        Assert.Equal(Groups, deliveries.Count);
        Assert.All(deliveries, d => Assert.Contains(d.Status, new[] { DeliveryStatus.Delivered, DeliveryStatus.Failed }));
        var received = wecom.Delivered.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Count());
        var history = deliveries.ToDictionary(d => KeyOf(d.GroupId), d => $"{d.Status}, {d.Attempts} attempt(s), last error: {d.LastError ?? "none"}");
        Assert.All(received, r => Assert.True(r.Value == 1, $"robot {r.Key} got the broadcast {r.Value} times ({history.GetValueOrDefault(r.Key)})"));
        // Every delivery recorded delivered really arrived; a failed one may only be one whose outcome was unknown.
        Assert.Equal(deliveries.Count(d => d.Status == DeliveryStatus.Delivered), received.Count - deliveries.Count(d => d.Status == DeliveryStatus.Failed && received.ContainsKey(KeyOf(d.GroupId))));
        Assert.All(deliveries.Where(d => d.Status == DeliveryStatus.Failed), d => Assert.Contains("outcome unknown", d.LastError, StringComparison.Ordinal));
        Assert.Equal(BroadcastStatus.Sent, (await db.Broadcasts.SingleAsync(b => b.Id == broadcastId)).Status);

        string KeyOf(Guid groupId) => _keys[groupId];
    }

    private readonly Dictionary<Guid, string> _keys = [];

    private async Task<Guid> SeedBroadcastAsync(FakeWeComServer wecom)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        var community = new Community("压测社区", $"k{Guid.NewGuid():N}"[..12], "", "12345", now);
        db.Communities.Add(community);
        for (var i = 0; i < Groups; i++)
        {
            var key = $"robot-{i:D3}-{Guid.NewGuid():N}";
            var address = ChannelAddresses.Normalize(ChannelKind.WeCom, wecom.AddressFor(key));
            var group = new Group(community.Id, $"{i}号楼", ChannelKind.WeCom, address, ChannelAddresses.RateKey(ChannelKind.WeCom, address), [], now);
            db.Groups.Add(group);
            _keys[group.Id] = key;
        }

        var broadcast = new Broadcast("致居民的一封信", "请配合防控。", BroadcastKind.OpenLetter, new BroadcastTargets([community.Id], [], []), "test", now);
        db.Broadcasts.Add(broadcast);
        broadcast.MarkQueued(now);
        db.Deliveries.AddRange(_keys.Keys.Select(g => new Delivery(broadcast.Id, g, now)));
        await db.SaveChangesAsync();
        return broadcast.Id;
    }

    private async Task<int> OpenCountAsync(Guid broadcastId)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        return await db.Deliveries.CountAsync(d => d.BroadcastId == broadcastId && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Retrying));
    }
}

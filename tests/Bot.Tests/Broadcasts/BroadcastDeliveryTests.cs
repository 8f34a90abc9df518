using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Tests.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using CommunityNotices.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Bot.Tests.Broadcasts;

/// <summary>
/// Broadcasts through the whole pipeline: API → delivery rows → Hangfire (in-process Notifier on PostgreSQL) →
/// channels → local fake vendor servers that enforce the real limits and error codes.
/// </summary>
public sealed class BroadcastDeliveryTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly FakeWeComServer _wecom = new();
    private readonly FakeWebhookServer _webhook = new();
    private BotApp _app = null!;
    private HttpClient _admin = null!;
    private Guid _community;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await _wecom.StartAsync(Ct);
        await _webhook.StartAsync(Ct);
        _app = BotApp.OnPostgres(_database.ConnectionString, new()
        {
            ["Notifier:InProcess"] = "true",
            ["Deliveries:SweepSeconds"] = "1",
            ["Deliveries:TeamsTenantPerSecond"] = "5",
            ["Channels:WebhookHosts:0"] = "127.0.0.1",
        });
        _admin = _app.CreateClient(BotApp.AdminKey);
        var created = await _admin.PostAsJsonAsync("/api/communities", new { name = "幸福里社区", code = $"c{Guid.NewGuid():N}"[..12], hotline = "12345" }, Ct);
        _community = Guid.Parse((string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
        await _wecom.DisposeAsync();
        await _webhook.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Broadcast_ReachesFiftyWeComGroupsExactlyOnce_WithoutEverTrippingTheLimit()
    {
        for (var i = 1; i <= 50; i++)
        {
            await CreateGroupAsync("wecom", $"{i}号楼居民群", new { webhookUrl = _wecom.WebhookUrl($"robot-{i}").AbsoluteUri }, [$"{i}", "residents"]);
        }

        var id = await CreateAndSendAsync(new { title = "致辖区居民朋友的一封信", body = "各位居民朋友：\n\n请配合做好防控工作。", kind = "open-letter", targets = new { communityIds = new[] { _community } } });

        // The broadcast is marked sent just after its last delivery is recorded: wait for both.
        var detail = await WaitUntilAsync(id, d => (int)d["counts"]!["delivered"]! == 50 && (string?)d["status"] == "sent");
        Assert.Equal("sent", (string?)detail["status"]);
        Assert.Equal(0, _wecom.TooFastAnswers);
        var perKey = _wecom.Delivered.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(50, perKey.Count);
        Assert.All(perKey.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task BurstOfStaffNotices_IsMergedIntoADigest_InsteadOfQueuedPastTheLimit()
    {
        await CreateGroupAsync("wecom", "工作人员群", new { webhookUrl = _wecom.WebhookUrl("staff-robot").AbsoluteUri }, ["staff"]);
        var ids = new List<Guid>();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityNotices.Persistence.NoticesDb>();
            for (var i = 0; i < 30; i++)
            {
                var b = new Broadcast($"返乡报备 {i}", $"5号楼 张*华 第{i}份", BroadcastKind.Notice, new BroadcastTargets([_community], [], ["staff"]), "system", DateTimeOffset.UtcNow);
                db.Broadcasts.Add(b);
                ids.Add(b.Id);
            }

            await db.SaveChangesAsync(Ct);
            // All thirty arrive before any worker runs, as a burst of reports would.
            foreach (var id in ids)
            {
                await scope.ServiceProvider.GetRequiredService<QueueBroadcast>().HandleAsync(id, Ct);
            }
        }

        // Under load the last notices may wait for a free slot in the next minute: that is the limit working.
        foreach (var id in ids)
        {
            await WaitUntilAsync(id, d => (string?)d["status"] == "sent", seconds: 150);
        }

        Assert.Equal(0, _wecom.TooFastAnswers);
        Assert.True(_wecom.Delivered.Count <= 20, $"{_wecom.Delivered.Count} messages sent to one robot");
        Assert.Contains(_wecom.Delivered, r => r.RawBody.Contains("通知汇总", StringComparison.Ordinal));
        await using var check = TestDatabases.OpenPostgres(_database.ConnectionString);
        Assert.Equal(30, await check.Deliveries.CountAsync(d => ids.Contains(d.BroadcastId) && d.Status == DeliveryStatus.Delivered, Ct));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterTheVendorsDelay_ThenDelivered()
    {
        await CreateGroupAsync("webhook", "物业系统", new { url = _webhook.UrlFor("/hook/1").AbsoluteUri, secret = "s3cret-s3cret" }, []);
        _webhook.Secret = "s3cret-s3cret";
        _webhook.RespondNext(2, 429, TimeSpan.FromSeconds(1));

        var id = await CreateAndSendAsync(new { title = "通知", body = "测试", kind = "notice", targets = new { communityIds = new[] { _community } } });

        var detail = await WaitUntilAsync(id, d => (int)d["counts"]!["delivered"]! == 1);
        Assert.Equal(3, (int)detail["deliveries"]![0]!["attempts"]!);
        Assert.Single(_webhook.Delivered);
    }

    [Fact]
    public async Task InvalidRobotKey_FailsTheDelivery_AndDeactivatesTheGroup()
    {
        _wecom.RequireRegisteredKeys = true;
        var group = await CreateGroupAsync("wecom", "旧群", new { webhookUrl = _wecom.WebhookUrl("revoked").AbsoluteUri }, []);

        var id = await CreateAndSendAsync(new { title = "通知", body = "测试", kind = "notice", targets = new { groupIds = new[] { group } } });

        var detail = await WaitUntilAsync(id, d => (int)d["counts"]!["failed"]! == 1);
        Assert.Contains("93000", (string?)detail["deliveries"]![0]!["lastError"], StringComparison.Ordinal);
        var g = await _admin.GetFromJsonAsync<JsonObject>($"/api/groups/{group}", Ct);
        Assert.False((bool)g!["active"]!);
    }

    [Fact]
    public async Task ScheduledBroadcast_CanBeCancelled_BeforeItGoesOut()
    {
        await CreateGroupAsync("wecom", "1号楼", new { webhookUrl = _wecom.WebhookUrl("k1").AbsoluteUri }, []);
        var id = await CreateAndSendAsync(new { title = "明天的会", body = "提醒", kind = "reminder", sendAt = DateTimeOffset.UtcNow.AddHours(1), targets = new { communityIds = new[] { _community } } });
        Assert.Equal("scheduled", (string?)(await Detail(id))["status"]);

        var cancel = await _admin.PostAsync($"/api/broadcasts/{id}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var detail = await Detail(id);
        Assert.Equal("cancelled", (string?)detail["status"]);
        Assert.Equal(1, (int)detail["counts"]!["cancelled"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.PostAsync($"/api/broadcasts/{id}/cancel", null, Ct)).StatusCode);
        Assert.Empty(_wecom.Received);
    }

    [Fact]
    public async Task GroupAddress_OnAnotherHost_IsRefused_AndKeysAreNeverReturnedInFull()
    {
        var refused = await _admin.PostAsJsonAsync("/api/groups", new { communityId = _community, name = "x", channel = "wecom", address = new { webhookUrl = "https://evil.example/cgi-bin/webhook/send?key=abc" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("address.webhookUrl", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        const string key = "0123456789abcdef0123456789abcdef";
        var id = await CreateGroupAsync("wecom", "5号楼", new { webhookUrl = _wecom.WebhookUrl(key).AbsoluteUri }, []);
        var listed = await _admin.GetStringAsync($"/api/groups?communityId={_community}", Ct);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_CannotTargetAnotherCommunitysGroup()
    {
        var group = await CreateGroupAsync("wecom", "别人的群", new { webhookUrl = _wecom.WebhookUrl("other").AbsoluteUri }, []);
        using var secretary = _app.CreateClient(await ApiKeys.IssueAsync(_database.ConnectionString, Role.Secretary, Guid.NewGuid()));

        var response = await secretary.PostAsJsonAsync("/api/broadcasts", new { title = "t", body = "b", kind = "notice", targets = new { groupIds = new[] { group } } }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task BotFrameworkGroup_RegisteredByTheBot_ReceivesTheBroadcastProactively()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var bot = _app.CreateClient(apiKey: null);
        var conversation = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var added = await bot.PostAsJsonAsync("/api/messages", new
        {
            type = "conversationUpdate", id = "cu1", channelId = "msteams", serviceUrl = channel.ServiceUrl.ToString(),
            from = new { id = "user" }, recipient = new { id = "bot" },
            conversation = new { id = conversation, isGroup = true, name = "5号楼居民群" },
            membersAdded = new[] { new { id = "bot" } },
        }, Ct);
        Assert.True(added.IsSuccessStatusCode);
        await channel.WaitForAsync(1);
        var groups = await _admin.GetFromJsonAsync<JsonArray>("/api/groups?unbound=true", Ct);
        var group = groups!.Single(g => (string?)g!["name"] == "5号楼居民群")!["id"]!.GetValue<Guid>();
        (await _admin.PatchAsJsonAsync($"/api/groups/{group}", new { communityId = _community, tags = new[] { "5" } }, Ct)).EnsureSuccessStatusCode();

        var id = await CreateAndSendAsync(new { title = "停水通知", body = "明天9点到12点停水。", kind = "notice", targets = new { communityIds = new[] { _community }, tags = new[] { "5" } } });

        await WaitUntilAsync(id, d => (int)d["counts"]!["delivered"]! == 1);
        var posted = (await channel.WaitForAsync(2)).Last();
        Assert.Equal(conversation, (string?)posted["conversation"]!["id"]);
        Assert.Contains("停水", (string?)posted["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsTooManyRequests_SlowsEveryConversationOfTheTenant()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var bot = _app.CreateClient(apiKey: null);
        foreach (var name in new[] { "1号楼", "2号楼" })
        {
            await bot.PostAsJsonAsync("/api/messages", new
            {
                type = "conversationUpdate", id = $"cu-{name}", channelId = "msteams", serviceUrl = channel.ServiceUrl.ToString(),
                from = new { id = "user" }, recipient = new { id = "bot" },
                conversation = new { id = $"19:{Guid.NewGuid():N}@thread.tacv2", isGroup = true, name, tenantId = "tenant-1" },
                membersAdded = new[] { new { id = "bot" } },
            }, Ct);
        }

        await channel.WaitForAsync(2);
        var groups = new List<Guid>();
        foreach (var group in (await _admin.GetFromJsonAsync<JsonArray>("/api/groups?unbound=true", Ct))!)
        {
            groups.Add(group!["id"]!.GetValue<Guid>());
            (await _admin.PatchAsJsonAsync($"/api/groups/{groups[^1]}", new { communityId = _community }, Ct)).EnsureSuccessStatusCode();
        }

        channel.TooManyRequestsNext = 1;
        var first = await CreateAndSendAsync(new { title = "通知", body = "一号楼", kind = "notice", targets = new { groupIds = new[] { groups[0] } } });
        await Eventually.HoldsAsync(() => channel.LastTooManyRequestsAt is not null, TimeSpan.FromSeconds(30));
        var second = await CreateAndSendAsync(new { title = "通知", body = "二号楼", kind = "notice", targets = new { groupIds = new[] { groups[1] } } });

        var blockedAt = channel.LastTooManyRequestsAt!.Value;
        foreach (var id in new[] { first, second })
        {
            var detail = await WaitUntilAsync(id, d => (int)d["counts"]!["delivered"]! == 1);
            Assert.True(detail["deliveries"]![0]!["deliveredAt"] is not null, detail.ToJsonString());
            Assert.True(DateTimeOffset.Parse((string)detail["deliveries"]![0]!["deliveredAt"]!, System.Globalization.CultureInfo.InvariantCulture) >= blockedAt.AddMilliseconds(900),
                $"a conversation of the same tenant was sent to before Retry-After passed: {detail.ToJsonString()} vs {blockedAt:O}");
        }
    }

    [Fact]
    public async Task BroadcastToManyTeamsChannelsOfOneTenant_IsPacedToTheTenantLimit()
    {
        const int Channels = 12;
        await using var channel = await FakeChannel.StartAsync();
        using var bot = _app.CreateClient(apiKey: null);
        for (var i = 1; i <= Channels; i++)
        {
            await bot.PostAsJsonAsync("/api/messages", new
            {
                type = "conversationUpdate", id = $"cu-{i}", channelId = "msteams", serviceUrl = channel.ServiceUrl.ToString(),
                from = new { id = "user" }, recipient = new { id = "bot" },
                conversation = new { id = $"19:{Guid.NewGuid():N}@thread.tacv2", isGroup = true, name = $"{i}号楼", tenantId = "tenant-paced" },
                membersAdded = new[] { new { id = "bot" } },
            }, Ct);
        }

        await channel.WaitForAsync(Channels);
        foreach (var group in (await _admin.GetFromJsonAsync<JsonArray>("/api/groups?unbound=true", Ct))!)
        {
            (await _admin.PatchAsJsonAsync($"/api/groups/{group!["id"]}", new { communityId = _community }, Ct)).EnsureSuccessStatusCode();
        }

        var greetings = channel.Received.Count;
        var id = await CreateAndSendAsync(new { title = "通知", body = "全体居民请注意", kind = "notice", targets = new { communityIds = new[] { _community } } });
        await WaitUntilAsync(id, d => (int)d["counts"]!["delivered"]! == Channels);

        // Arrival times lag the pacer's clock by up to a few hundred ms on a busy machine: at most 5 in any 0.6 s still
        // proves the pace (unpaced, all 12 arrive within 0.2 s).
        var sends = channel.ReceivedAt.Skip(greetings).Order().ToList();
        Assert.Equal(Channels, sends.Count);
        var busiest = sends.Max(t => sends.Count(u => u >= t && u < t.AddMilliseconds(600)));
        Assert.True(busiest <= 5, $"{busiest} sends to one tenant within 0.6 s: {string.Join(", ", sends.Select(t => t.ToString("ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.True(sends[^1] - sends[0] >= TimeSpan.FromSeconds(1.5), "12 sends at 5 per second take about two seconds");
    }

    [Fact]
    public async Task Preview_RendersPerChannel()
    {
        var id = (Guid)(await (await _admin.PostAsJsonAsync("/api/broadcasts",
            new { title = "风险提示", body = "**请注意**：新增[中风险地区](https://example.org)", kind = "risk-update", requestAck = true, targets = new { communityIds = new[] { _community } } }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<Guid>();

        var preview = await _admin.GetFromJsonAsync<JsonObject>($"/api/broadcasts/{id}/preview", Ct);

        Assert.Contains("**请注意**", (string?)preview!["wecom"], StringComparison.Ordinal);
        Assert.DoesNotContain("**", (string?)preview["webhook"], StringComparison.Ordinal);
        Assert.Contains("收到请回复 1", (string?)preview["dingtalk"], StringComparison.Ordinal);
    }

    private async Task<Guid> CreateGroupAsync(string channel, string name, object address, string[] tags)
    {
        var response = await _admin.PostAsJsonAsync("/api/groups", new { communityId = _community, name, channel, address, tags }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<Guid>();
    }

    private async Task<Guid> CreateAndSendAsync(object broadcast)
    {
        var created = await _admin.PostAsJsonAsync("/api/broadcasts", broadcast, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync($"/api/broadcasts/{id}/send", null, Ct)).StatusCode);
        return id;
    }

    private async Task<JsonObject> Detail(Guid id) => (await _admin.GetFromJsonAsync<JsonObject>($"/api/broadcasts/{id}", Ct))!;

    private async Task<JsonObject> WaitUntilAsync(Guid id, Func<JsonObject, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var detail = await Detail(id);
            if (condition(detail))
            {
                return detail;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Not reached within {seconds} s: {detail.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
            await Task.Delay(200, Ct);
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Testing;
using CommunityNotices.Testing.Fakes;

namespace CommunityNotices.Bot.Tests.Schedules;

public sealed class SchedulesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NextFireTimes_AreMondaysAndThursdaysAt0830_InShanghai()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var community = await CreateCommunityAsync(admin);

        var response = await admin.PostAsJsonAsync("/api/schedules", new
        {
            name = "每周疫情防控工作推进会", communityId = community, cron = "0 30 8 ? * MON,THU", timeZone = "Asia/Shanghai",
            title = "会议提醒", body = "{{ communityName }}：今天8:30召开推进会。",
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var times = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["nextFireTimes"]!.AsArray()
            .Select(t => DateTimeOffset.Parse((string)t!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, times.Count);
        Assert.All(times, t =>
        {
            Assert.Equal(TimeSpan.FromHours(8), t.Offset);
            Assert.Equal(new TimeSpan(8, 30, 0), t.TimeOfDay);
            Assert.Contains(t.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Thursday });
        });
        Assert.Equal(times.Order(), times);
        Assert.True(times[0] > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Create_Returns400NamingTheProblem_ForABadCronOrTimeZone()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var community = await CreateCommunityAsync(admin);

        var badCron = await admin.PostAsJsonAsync("/api/schedules", new { name = "x", communityId = community, cron = "every monday", title = "t", body = "b" }, Ct);
        var badZone = await admin.PostAsJsonAsync("/api/schedules", new { name = "x", communityId = community, cron = "0 0 9 * * ?", timeZone = "Mars/Olympus", title = "t", body = "b" }, Ct);
        var badRecurrence = await admin.PostAsJsonAsync("/api/schedules", new { name = "x", communityId = community, recurrence = new { kind = "daily", time = "25:00" }, title = "t", body = "b" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, badCron.StatusCode);
        Assert.Contains("\"cron\"", await badCron.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badZone.StatusCode);
        Assert.Contains("timeZone", await badZone.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRecurrence.StatusCode);
        Assert.Contains("recurrence", await badRecurrence.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FriendlyRecurrence_BecomesACron_AndRunNowSends()
    {
        using var folder = new TempDirectory();
        await using var webhook = new FakeWebhookServer { Secret = "hook-secret-1" };
        await webhook.StartAsync(Ct);
        await using var app = BotApp.OnSqlite(folder.Path);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var community = await CreateCommunityAsync(admin);
        await CreateWebhookGroupAsync(admin, community, webhook);

        var created = await (await admin.PostAsJsonAsync("/api/schedules", new
        {
            name = "晨间提醒", communityId = community, recurrence = new { kind = "weekly", days = new[] { "mon", "thu" }, time = "08:30" },
            title = "戴口罩", body = "{{ communityName }}居民：出门请戴口罩、扫码。",
        }, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("0 30 8 ? * MON,THU", (string?)created!["cron"]);

        var run = await admin.PostAsync($"/api/schedules/{created["id"]}/run-now", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        await Eventually(() => webhook.Delivered.Count >= 1);
        Assert.Contains("出门请戴口罩", webhook.Delivered[0].RawBody, StringComparison.Ordinal);
        var runs = await admin.GetFromJsonAsync<JsonArray>($"/api/schedules/{created["id"]}/runs", Ct);
        Assert.Equal("sent", (string?)runs!.Single()!["status"]);
    }

    [Fact]
    public async Task CronEveryTenSeconds_DeliversToTheGroup_OnTheEmbeddedDefault()
    {
        using var folder = new TempDirectory();
        await using var webhook = new FakeWebhookServer { Secret = "hook-secret-2" };
        await webhook.StartAsync(Ct);
        await using var app = BotApp.OnSqlite(folder.Path);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var community = await CreateCommunityAsync(admin);
        await CreateWebhookGroupAsync(admin, community, webhook);

        var created = await (await admin.PostAsJsonAsync("/api/schedules", new
        {
            name = "测试", communityId = community, cron = "0/10 * * * * ?", title = "打卡提醒", body = "请完成每日健康打卡。",
        }, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        await Eventually(() => webhook.Delivered.Count >= 2, seconds: 40);
        var runs = await admin.GetFromJsonAsync<JsonArray>($"/api/schedules/{created!["id"]}/runs", Ct);
        var sent = runs!.Where(r => (string?)r!["status"] == "sent").Select(r => DateTimeOffset.Parse((string)r!["fireTime"]!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.True(sent.Count >= 2);
        Assert.All(sent, t => Assert.Equal(0, t.Second % 10));
        Assert.Equal(sent.Count, sent.Distinct().Count());
    }

    private static async Task<Guid> CreateCommunityAsync(HttpClient admin) =>
        (await (await admin.PostAsJsonAsync("/api/communities", new { name = "提醒社区", code = $"s{Guid.NewGuid():N}"[..12], hotline = "12345" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<Guid>();

    private static async Task CreateWebhookGroupAsync(HttpClient admin, Guid community, FakeWebhookServer webhook)
    {
        var response = await admin.PostAsJsonAsync("/api/groups", new
        {
            communityId = community, name = "居民群", channel = "webhook",
            address = new { url = webhook.UrlFor("/hook").AbsoluteUri, secret = webhook.Secret },
        }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task Eventually(Func<bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within {seconds} s");
            await Task.Delay(100, Ct);
        }
    }
}

using System.Net;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Admin;

public sealed class AdminSchedulesTests() : AdminPagesHost(("secretary", Role.Secretary))
{
    [Fact]
    public async Task WeeklyForm_CreatesAScheduleWithItsNextFireTimes_InChinaTime()
    {
        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "secretary");

        var created = await secretary.PostFormAsync("/admin/schedules", new()
        {
            ["Form.Name"] = "每周例会", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "weekly", ["Form.Time"] = "08:30", ["Form.Days"] = "mon",
            ["Form.TimeZone"] = "Asia/Shanghai", ["Form.Title"] = "例会提醒", ["Form.Body"] = "{{ communityName }} 今天开会",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var html = await secretary.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("每周一 08:30", html, StringComparison.Ordinal);
        Assert.Matches(@"<li>\d{4}-\d{2}-\d{2} 08:30</li>", html);
        await using var db = TestDatabases.OpenPostgres(ConnectionString);
        Assert.Equal("0 30 8 ? * MON", (await db.Schedules.SingleAsync(Ct)).Cron);
    }

    [Fact]
    public async Task BadCron_IsShownOnThePage_NotA500()
    {
        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "secretary");

        var response = await secretary.PostFormAsync("/admin/schedules", new()
        {
            ["Form.Name"] = "x", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "cron", ["Form.Cron"] = "every day", ["Form.TimeZone"] = "Mars/Base",
            ["Form.Title"] = "t", ["Form.Body"] = "b",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cron 表达式无效", html, StringComparison.Ordinal);
        Assert.Contains("时区无效", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditRunNowAndDelete_WorkFromTheSchedulePage()
    {
        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "secretary");
        var created = await secretary.PostFormAsync("/admin/schedules", new()
        {
            ["Form.Name"] = "晨间提醒", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "daily", ["Form.Time"] = "09:00",
            ["Form.TimeZone"] = "Asia/Shanghai", ["Form.Title"] = "戴口罩", ["Form.Body"] = "请戴口罩、扫码",
        });
        var page = created.Headers.Location!.OriginalString;

        // The edit form comes back filled in as saved.
        var edit = await secretary.GetPageAsync(page + "/edit");
        Assert.Contains("value=\"09:00\"", edit, StringComparison.Ordinal);
        Assert.Contains("晨间提醒", edit, StringComparison.Ordinal);
        var saved = await secretary.PostFormAsync(page + "/edit", new()
        {
            ["Form.Name"] = "晨间提醒", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "weekly", ["Form.Time"] = "07:45",
            ["Form.Days"] = "thu", ["Form.TimeZone"] = "Asia/Shanghai", ["Form.Workdays"] = "true", ["Form.Title"] = "戴口罩", ["Form.Body"] = "请戴口罩、扫码",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("每周四 07:45", await secretary.GetPageAsync(page), StringComparison.Ordinal);

        var bad = await secretary.PostFormAsync(page + "/edit", new()
        {
            ["Form.Name"] = "晨间提醒", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "daily", ["Form.Time"] = "25:99",
            ["Form.TimeZone"] = "Asia/Shanghai", ["Form.Title"] = "戴口罩", ["Form.Body"] = "请戴口罩、扫码",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("时间设置有误", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(page + "?handler=RunNow", [], tokenFrom: page)).StatusCode);
        await using (var db = TestDatabases.OpenPostgres(ConnectionString))
        {
            var schedule = await db.Schedules.SingleAsync(Ct);
            Assert.Equal("0 45 7 ? * THU", schedule.Cron);
            Assert.Equal(CommunityNotices.Schedules.Schedule.WorkdayCalendar, schedule.Calendar);
            Assert.Equal(1, await db.ScheduleRuns.CountAsync(r => r.ScheduleId == schedule.Id, Ct));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(page + "?handler=Delete", [], tokenFrom: page)).StatusCode);
        await using (var db = TestDatabases.OpenPostgres(ConnectionString))
        {
            Assert.False(await db.Schedules.AnyAsync(Ct));
        }
    }

    [Fact]
    public async Task TagsFromTheForm_NarrowTheTargets_AndEditingKeepsGroupsNamedThroughTheApi()
    {
        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "secretary");
        var created = await secretary.PostFormAsync("/admin/schedules", new()
        {
            ["Form.Name"] = "每周例会", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "weekly", ["Form.Time"] = "08:30",
            ["Form.Days"] = "mon", ["Form.TimeZone"] = "Asia/Shanghai", ["Form.Tags"] = "staff", ["Form.Title"] = "例会提醒", ["Form.Body"] = "今天开会",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using (var db = TestDatabases.OpenPostgres(ConnectionString))
        {
            var targets = System.Text.Json.JsonDocument.Parse((await db.Schedules.SingleAsync(Ct)).Targets).RootElement;
            Assert.Equal("staff", targets.GetProperty("tags")[0].GetString());
            Assert.Equal(OurCommunity.Id, targets.GetProperty("communityIds")[0].GetGuid());
        }

        Assert.Contains("本社区带标签 staff 的群组", await secretary.GetPageAsync(created.Headers.Location!.OriginalString), StringComparison.Ordinal);

        // A schedule aimed at one named group through the API keeps that group when edited on the page.
        var groupId = Guid.NewGuid();
        await using (var db = TestDatabases.OpenPostgres(ConnectionString))
        {
            var schedule = await db.Schedules.SingleAsync(Ct);
            schedule.Targets = $"{{\"communityIds\":[],\"groupIds\":[\"{groupId}\"],\"tags\":[]}}";
            await db.SaveChangesAsync(Ct);
        }

        var page = created.Headers.Location!.OriginalString;
        var edited = await secretary.PostFormAsync(page + "/edit", new()
        {
            ["Form.Name"] = "每周例会", ["Form.CommunityId"] = OurCommunity.Id.ToString(), ["Form.Kind"] = "weekly", ["Form.Time"] = "09:00",
            ["Form.Days"] = "mon", ["Form.TimeZone"] = "Asia/Shanghai", ["Form.Title"] = "例会提醒", ["Form.Body"] = "今天开会",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await using (var db = TestDatabases.OpenPostgres(ConnectionString))
        {
            var targets = System.Text.Json.JsonDocument.Parse((await db.Schedules.SingleAsync(Ct)).Targets).RootElement;
            Assert.Equal(groupId, targets.GetProperty("groupIds")[0].GetGuid());
            Assert.Equal(0, targets.GetProperty("communityIds").GetArrayLength());
        }
    }
}

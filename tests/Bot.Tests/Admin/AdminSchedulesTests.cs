using System.Net;
using CommunityNotices.Communities;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Admin;

public sealed class AdminSchedulesTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private BotApp _app = null!;
    private Community _community = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _community = new Community("幸福里社区", "xingfuli", "朝阳区", "12345", DateTimeOffset.UtcNow);
        await using (var db = TestDatabases.OpenPostgres(_database.ConnectionString))
        {
            db.Communities.Add(_community);
            await db.SaveChangesAsync(Ct);
        }

        await StaffAccounts.CreateAsync(_database.ConnectionString, "secretary", Role.Secretary, _community.Id);
        _app = BotApp.OnPostgres(_database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WeeklyForm_CreatesAScheduleWithItsNextFireTimes_InChinaTime()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var created = await secretary.PostFormAsync("/admin/schedules", new()
        {
            ["Name"] = "每周例会", ["CommunityId"] = _community.Id.ToString(), ["Kind"] = "weekly", ["Time"] = "08:30", ["Days"] = "mon",
            ["TimeZone"] = "Asia/Shanghai", ["Title"] = "例会提醒", ["Body"] = "{{ communityName }} 今天开会",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var html = await secretary.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("每周一 08:30", html, StringComparison.Ordinal);
        Assert.Matches(@"<li>\d{4}-\d{2}-\d{2} 08:30</li>", html);
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        Assert.Equal("0 30 8 ? * MON", (await db.Schedules.SingleAsync(Ct)).Cron);
    }

    [Fact]
    public async Task BadCron_IsShownOnThePage_NotA500()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var response = await secretary.PostFormAsync("/admin/schedules", new()
        {
            ["Name"] = "x", ["CommunityId"] = _community.Id.ToString(), ["Kind"] = "cron", ["Cron"] = "every day", ["TimeZone"] = "Mars/Base",
            ["Title"] = "t", ["Body"] = "b",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cron 表达式无效", html, StringComparison.Ordinal);
        Assert.Contains("时区无效", html, StringComparison.Ordinal);
    }
}

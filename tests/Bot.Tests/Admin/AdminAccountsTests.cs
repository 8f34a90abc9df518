using System.Net;
using CommunityNotices.Communities;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Admin;

public sealed class AdminAccountsTests : IAsyncLifetime
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

        await StaffAccounts.CreateAsync(_database.ConnectionString, "boss", Role.Admin);
        _app = BotApp.OnPostgres(_database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Admin_CreatesASecretary_WhoCanSignIn_AndIsKeptOutOfTheAccountsPage()
    {
        using var admin = await AdminSession.SignInAsync(_app.BaseAddress, "boss");

        var created = await admin.PostFormAsync("/admin/accounts?handler=Create", new()
        {
            ["UserName"] = "Wang.Wu", ["DisplayName"] = "王五", ["Role"] = "Secretary", ["CommunityIds"] = _community.Id.ToString(), ["Password"] = "new-secretary-pw",
        }, tokenFrom: "/admin/accounts");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "wang.wu", "new-secretary-pw");
        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync("/admin/accounts")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync("/admin/audit")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingASecretaryWithoutACommunityOrWithAShortPassword_ShowsBothMessages()
    {
        using var admin = await AdminSession.SignInAsync(_app.BaseAddress, "boss");

        var response = await admin.PostFormAsync("/admin/accounts?handler=Create", new() { ["UserName"] = "x", ["Role"] = "Secretary", ["Password"] = "short" }, tokenFrom: "/admin/accounts");

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("书记和查看员须至少分配一个社区", html, StringComparison.Ordinal);
        Assert.Contains("密码须为 8-200 个字符", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResettingAPassword_EndsTheAccountsOpenSession_AndIsAudited()
    {
        var account = await StaffAccounts.CreateAsync(_database.ConnectionString, "reset-me", Role.Viewer, _community.Id);
        using var viewer = await AdminSession.SignInAsync(_app.BaseAddress, "reset-me");
        using var admin = await AdminSession.SignInAsync(_app.BaseAddress, "boss");

        var reset = await admin.PostFormAsync($"/admin/accounts?handler=Password&id={account.Id}", new() { ["newPassword"] = "another-password" }, tokenFrom: "/admin/accounts");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync("/admin")).StatusCode);
        using var again = await AdminSession.SignInAsync(_app.BaseAddress, "reset-me", "another-password");
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "staff.reset-password" && e.Actor == "staff:boss", Ct));
        Assert.Contains("staff.reset-password", await admin.GetPageAsync("/admin/audit?action=staff."), StringComparison.Ordinal);
    }
}

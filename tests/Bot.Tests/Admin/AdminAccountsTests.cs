using System.Net;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Admin;

public sealed class AdminAccountsTests() : AdminPagesHost(("boss", Role.Admin))
{
    [Fact]
    public async Task Admin_CreatesASecretary_WhoCanSignIn_AndIsKeptOutOfTheAccountsPage()
    {
        using var admin = await AdminSession.SignInAsync(App.BaseAddress, "boss");

        var created = await admin.PostFormAsync("/admin/accounts?handler=Create", new()
        {
            ["UserName"] = "Wang.Wu", ["DisplayName"] = "王五", ["Role"] = "Secretary", ["CommunityIds"] = OurCommunity.Id.ToString(), ["Password"] = "new-secretary-pw",
        }, tokenFrom: "/admin/accounts");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "wang.wu", "new-secretary-pw");
        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync("/admin/accounts")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync("/admin/audit")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingASecretaryWithoutACommunityOrWithAShortPassword_ShowsBothMessages()
    {
        using var admin = await AdminSession.SignInAsync(App.BaseAddress, "boss");

        var response = await admin.PostFormAsync("/admin/accounts?handler=Create", new() { ["UserName"] = "x", ["Role"] = "Secretary", ["Password"] = "short" }, tokenFrom: "/admin/accounts");

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("书记和查看员须至少分配一个社区", html, StringComparison.Ordinal);
        Assert.Contains("密码须为 8-200 个字符", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResettingAPassword_EndsTheAccountsOpenSession_AndIsAudited()
    {
        var account = await StaffAccounts.CreateAsync(ConnectionString, "reset-me", Role.Viewer, OurCommunity.Id);
        using var viewer = await AdminSession.SignInAsync(App.BaseAddress, "reset-me");
        using var admin = await AdminSession.SignInAsync(App.BaseAddress, "boss");

        var reset = await admin.PostFormAsync($"/admin/accounts?handler=Password&id={account.Id}", new() { ["newPassword"] = "another-password" }, tokenFrom: "/admin/accounts");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync("/admin")).StatusCode);
        using var again = await AdminSession.SignInAsync(App.BaseAddress, "reset-me", "another-password");
        await using var db = TestDatabases.OpenPostgres(ConnectionString);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "staff.reset-password" && e.Actor == "staff:boss", Ct));
        Assert.Contains("staff.reset-password", await admin.GetPageAsync("/admin/audit?action=staff."), StringComparison.Ordinal);
    }
}

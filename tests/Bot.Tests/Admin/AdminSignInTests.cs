using System.Net;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>Each test has its own database: the first-account bootstrap only runs while there is no account.</summary>
public sealed class AdminSignInTests : IAsyncLifetime
{
    private readonly PostgresDatabase database = new();
    private BotApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        _app = BotApp.OnPostgres(database.ConnectionString, new()
        {
            ["Admin:MaxFailedSignIns"] = "3",
            ["Admin:LockoutMinutes"] = "15",
            ["Admin:InitialPassword"] = "first-admin-password",
            ["Admin:SignInAttemptsPerMinute"] = "8",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task ManyAttemptsFromOneAddress_AreSlowedWhateverTheUserNames()
    {
        using var guesser = new AdminSession(_app.BaseAddress);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            statuses.Add((await guesser.PostFormAsync("/admin/login", new() { ["UserName"] = $"user{i}", ["Password"] = "guess-guess" })).StatusCode);
        }

        Assert.All(statuses.Take(8), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await guesser.PostFormAsync("/admin/login", new() { ["UserName"] = "admin", ["Password"] = "first-admin-password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("登录尝试过于频繁", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_RedirectToTheSignInPage_WhenNotSignedIn()
    {
        using var anonymous = new AdminSession(_app.BaseAddress);

        var response = await anonymous.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitialPassword_CreatesTheFirstAdminAccount_WhenThereIsNone()
    {
        using var admin = await AdminSession.SignInAsync(_app.BaseAddress, "admin", "first-admin-password");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task WrongPassword_LocksTheAccount_AfterMaxFailedSignIns_EvenForTheRightPasswordThen()
    {
        await StaffAccounts.CreateAsync(database.ConnectionString, "lock-me", Role.Secretary);
        using var session = new AdminSession(_app.BaseAddress);

        var first = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "lock-me", ["Password"] = "wrong" });
        await session.PostFormAsync("/admin/login", new() { ["UserName"] = "lock-me", ["Password"] = "wrong" });
        var third = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "lock-me", ["Password"] = "wrong" });
        var right = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "lock-me", ["Password"] = StaffAccounts.Password });

        Assert.Contains("用户名或密码错误", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("账户已锁定，请 15 分钟后再试", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        Assert.NotNull((await db.StaffAccounts.SingleAsync(a => a.UserName == "lock-me", TestContext.Current.CancellationToken)).LockedUntil);
    }

    [Fact]
    public async Task UnknownUserName_LooksLikeAWrongPassword_AndLocksTheSameWay()
    {
        using var session = new AdminSession(_app.BaseAddress);

        var first = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "nobody-here", ["Password"] = "wrong" });
        await session.PostFormAsync("/admin/login", new() { ["UserName"] = "nobody-here", ["Password"] = "wrong" });
        var third = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "nobody-here", ["Password"] = "wrong" });

        Assert.Contains("用户名或密码错误", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("账户已锁定，请 15 分钟后再试", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRejected400()
    {
        await StaffAccounts.CreateAsync(database.ConnectionString, "no-token", Role.Secretary);
        using var session = new AdminSession(_app.BaseAddress);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "no-token", ["Password"] = StaffAccounts.Password });

        var response = await session.Client.PostAsync("/admin/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_IgnoresTheStaffCookie_AndStillTakesApiKeys()
    {
        await StaffAccounts.CreateAsync(database.ConnectionString, "cookie-admin", Role.Admin);
        using var staff = await AdminSession.SignInAsync(_app.BaseAddress, "cookie-admin");
        using var apiClient = _app.CreateClient(BotApp.AdminKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/communities")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await apiClient.GetAsync("/api/communities", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Secretary_IsDeniedTheJobDashboard()
    {
        await StaffAccounts.CreateAsync(database.ConnectionString, "secretary-x", Role.Secretary);
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary-x");

        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync("/hangfire")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsOpenSession()
    {
        var account = await StaffAccounts.CreateAsync(database.ConnectionString, "leaver", Role.Secretary);
        using var session = await AdminSession.SignInAsync(_app.BaseAddress, "leaver");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        await using (var db = TestDatabases.OpenPostgres(database.ConnectionString))
        {
            var stored = await db.StaffAccounts.SingleAsync(a => a.Id == account.Id, TestContext.Current.CancellationToken);
            stored.Disable(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).StatusCode);
    }
}

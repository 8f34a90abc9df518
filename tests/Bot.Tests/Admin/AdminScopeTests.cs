using System.Net;
using CommunityNotices.Broadcasts;
using CommunityNotices.Communities;
using CommunityNotices.Reports;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>What each role sees on the pages: masking, audited unmasking, and a secretary kept to their own community.</summary>
public sealed class AdminScopeTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private BotApp _app = null!;
    private Community _ours = null!;
    private Community _theirs = null!;
    private ReturneeReport _ourReport = null!;
    private Broadcast _theirBroadcast = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        var now = DateTimeOffset.UtcNow;
        _ours = new Community("幸福里社区", "xingfuli", "朝阳区", "12345", now);
        _theirs = new Community("光明社区", "guangming", "海淀区", "12346", now);
        _ourReport = Report(_ours, "张三华", "13812345678", now);
        _theirBroadcast = new Broadcast("光明社区通知", "内容", BroadcastKind.Notice, new BroadcastTargets([_theirs.Id], [], []), "test", now);
        await using (var db = TestDatabases.OpenPostgres(_database.ConnectionString))
        {
            db.Communities.AddRange(_ours, _theirs);
            db.Reports.AddRange(_ourReport, Report(_theirs, "李四光", "13987654321", now));
            db.Broadcasts.Add(_theirBroadcast);
            await db.SaveChangesAsync(Ct);
        }

        await StaffAccounts.CreateAsync(_database.ConnectionString, "secretary", Role.Secretary, _ours.Id);
        await StaffAccounts.CreateAsync(_database.ConnectionString, "viewer", Role.Viewer, _ours.Id);
        _app = BotApp.OnPostgres(_database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Ledger_IsMaskedByDefault_AndShowsOnlyTheSecretarysCommunity()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var html = await secretary.GetPageAsync("/admin/reports");

        Assert.Contains("张*华", html, StringComparison.Ordinal);
        Assert.Contains("138****5678", html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三华", html, StringComparison.Ordinal);
        Assert.DoesNotContain("李*光", html, StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Secretary_IsDenied_AnotherCommunitysLedgerAndBroadcasts()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync($"/admin/reports?communityId={_theirs.Id}")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync($"/admin/broadcasts/{_theirBroadcast.Id}")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("光明社区通知", await secretary.GetPageAsync("/admin/broadcasts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_CannotUnmask_ARowOrThePage()
    {
        using var viewer = await AdminSession.SignInAsync(_app.BaseAddress, "viewer");

        Assert.DoesNotContain("显示本页完整信息", await viewer.GetPageAsync("/admin/reports"), StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await viewer.GetAsync("/admin/reports?unmasked=true")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await viewer.GetAsync($"/admin/reports?reveal={_ourReport.Id}")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await viewer.GetAsync("/admin/reports?handler=Export&format=csv&unmasked=true")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task UnmaskingOneRow_ShowsItInFull_AndIsAudited()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var html = await secretary.GetPageAsync($"/admin/reports?reveal={_ourReport.Id}");

        Assert.Contains("张三华", html, StringComparison.Ordinal);
        Assert.Contains("13812345678", html, StringComparison.Ordinal);
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action.StartsWith("reports."), Ct);
        Assert.Equal("staff:secretary", entry.Actor);
        Assert.Equal("reports.list.unmasked", entry.Action);
        Assert.Contains(_ourReport.Id.ToString(), entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnmaskedExport_ContainsFullData_AndIsAuditedAsTheApiDoes()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var response = await secretary.GetAsync("/admin/reports?handler=Export&format=csv&unmasked=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("13812345678", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        Assert.Equal("reports.export.unmasked", (await db.AuditEntries.SingleAsync(e => e.Action.StartsWith("reports."), Ct)).Action);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        return await db.AuditEntries.CountAsync(e => e.Action.StartsWith("reports."), Ct);
    }

    private static ReturneeReport Report(Community community, string name, string phone, DateTimeOffset now) =>
        new(community.Id, name, phone, now)
        {
            Building = "5", Unit = "2", Room = "301", OriginProvince = "北京市", OriginCity = "北京市", OriginDistrict = "顺义区",
            DepartureDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2), ArrivalDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1),
        };
}

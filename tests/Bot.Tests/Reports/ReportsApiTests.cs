using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Tests.Security;
using CommunityNotices.Communities;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CommunityNotices.Bot.Tests.Reports;

public sealed class ReportsApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private BotApp _app = null!;
    private Community _mine = null!;
    private Community _other = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = BotApp.OnPostgres(database.ConnectionString);
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        _mine = new Community("我的社区", $"m{Guid.NewGuid():N}"[..12], "", "12345", DateTimeOffset.UtcNow);
        _other = new Community("别的社区", $"o{Guid.NewGuid():N}"[..12], "", "12345", DateTimeOffset.UtcNow);
        db.Communities.AddRange(_mine, _other);
        db.Reports.Add(Report(_mine.Id, "张三华", "13812345678", RiskLevel.High));
        db.Reports.Add(Report(_other.Id, "李四", "13900001111", RiskLevel.Medium));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task List_MasksNamesAndPhones_ByDefault()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);

        var rows = await admin.GetFromJsonAsync<JsonArray>($"/api/reports?communityId={_mine.Id}", Ct);

        var row = rows!.Single()!;
        Assert.Equal("张*华", (string?)row["name"]);
        Assert.Equal("138****5678", (string?)row["phone"]);
        Assert.Equal("high", (string?)row["level"]);
        Assert.Equal("扬州市", (string?)row["origin"]!["city"]);
    }

    [Fact]
    public async Task Unmasked_ShowsFullData_AndIsAudited()
    {
        var key = await ApiKeys.IssueAsync(database.ConnectionString, Role.Secretary, _mine.Id);
        using var secretary = _app.CreateClient(key);

        var rows = await secretary.GetFromJsonAsync<JsonArray>($"/api/reports?communityId={_mine.Id}&unmasked=true", Ct);

        Assert.Equal("13812345678", (string?)rows!.Single()!["phone"]);
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var audit = await db.AuditEntries.Where(a => a.Subject == $"community:{_mine.Id}").ToListAsync(Ct);
        Assert.Contains(audit, a => a.Action == "reports.list.unmasked" && a.Actor.Contains("Secretary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Viewer_CannotUnmask()
    {
        var key = await ApiKeys.IssueAsync(database.ConnectionString, Role.Viewer, _mine.Id);
        using var viewer = _app.CreateClient(key);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/reports?communityId={_mine.Id}&unmasked=true", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/reports?communityId={_mine.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Secretary_SeesOnlyTheirCommunity()
    {
        var key = await ApiKeys.IssueAsync(database.ConnectionString, Role.Secretary, _mine.Id);
        using var secretary = _app.CreateClient(key);

        var all = await secretary.GetFromJsonAsync<JsonArray>("/api/reports", Ct);

        Assert.All(all!, r => Assert.Equal(_mine.Id.ToString(), (string?)r!["communityId"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/reports?communityId={_other.Id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("level=extreme")]
    [InlineData("status=gone")]
    [InlineData("since=yesterday")]
    [InlineData("communityId=not-a-guid")]
    public async Task List_Returns400_ForBadFilters(string query)
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/reports?{query}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ExportXlsx_HasChineseHeadersAndMaskedRows()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);

        var response = await admin.GetAsync($"/api/reports/export?format=xlsx&communityId={_mine.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("张*华", row["姓名"]);
        Assert.Equal("138****5678", row["手机号"]);
        Assert.Equal("高", row["风险等级"]);
    }

    [Fact]
    public async Task ExportCsv_OpensInExcel_WithABom()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);

        var bytes = await admin.GetByteArrayAsync($"/api/reports/export?format=csv&communityId={_mine.Id}", Ct);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("姓名", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static ReturneeReport Report(Guid communityId, string name, string phone, RiskLevel level) =>
        new(communityId, name, phone, DateTimeOffset.UtcNow)
        {
            Building = "5", Unit = "2", Room = "301", OriginProvince = "江苏省", OriginCity = "扬州市", OriginDistrict = "广陵区",
            OriginArea = "湾头镇", DepartureDate = new DateOnly(2026, 11, 20), ArrivalDate = new DateOnly(2026, 11, 21),
            TravelMode = "train", TravelNumber = "G1234", Match = "area", Level = level, Instructions = "居家隔离", Until = new DateOnly(2026, 12, 5),
        };
}

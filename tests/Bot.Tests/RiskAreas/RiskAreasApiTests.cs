using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Tests.Security;
using CommunityNotices.Divisions;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using CommunityNotices.Bot.Tests.Messaging;
using CommunityNotices.Notifier.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Bot.Tests.RiskAreas;

/// <summary>Each test gets its own database: versions are global, so tests would otherwise see each other's lists.</summary>
public sealed class RiskAreasApiTests : IAsyncLifetime
{
    private const string TenHours = "kaikeping_2021-08-18_10h.json";
    private const string NineteenHours = "kaikeping_2021-08-18_19h.json";
    private readonly PostgresDatabase _database = new();
    private BotApp _app = null!;
    private HttpClient _admin = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = BotApp.OnPostgres(_database.ConnectionString);
        _admin = _app.CreateClient(BotApp.AdminKey);
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Import_Returns201ThenTheSameVersion_WhenTheSameContentComesTwice()
    {
        var first = await ImportFileAsync(TenHours);
        var second = await ImportFileAsync(TenHours);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await Json(first);
        var b = await Json(second);
        Assert.Equal((string?)a["versionId"], (string?)b["versionId"]);
        Assert.Equal(29, (int)a["counts"]!["high"]!);
        Assert.Equal(89, (int)a["counts"]!["medium"]!);
        Assert.Single((await _admin.GetFromJsonAsync<JsonArray>("/api/risk-areas/versions", Ct))!);
    }

    [Fact]
    public async Task Import_ReportsExactlyTheRemovedCommunities_Between10hAnd19h()
    {
        await ImportFileAsync(TenHours);

        var response = await Json(await ImportFileAsync(NineteenHours));

        var diff = response["diff"]!;
        var expectedRemoved = RawSetDifference(TenHours, NineteenHours);
        var expectedAdded = RawSetDifference(NineteenHours, TenHours);
        Assert.Equal(expectedRemoved.Count, (int)diff["removedCount"]!);
        Assert.Equal(expectedAdded.Count, (int)diff["addedCount"]!);
        Assert.Equal(0, (int)diff["levelChangedCount"]!);
        var removedAreas = diff["removed"]!.AsArray().SelectMany(g => g!["areas"]!.AsArray().Select(a => (string)a!["area"]!)).ToList();
        foreach (var community in expectedRemoved)
        {
            Assert.Contains(removedAreas, area => area.Contains(community, StringComparison.Ordinal));
        }

        Assert.Contains("解除", (string?)diff["notice"], StringComparison.Ordinal);
        var fetched = await _admin.GetFromJsonAsync<JsonObject>("/api/risk-areas/diff", Ct);
        Assert.Equal((string?)diff["notice"], (string?)fetched!["notice"]);
    }

    [Theory]
    [InlineData("application/json", "{\"data\": {\"end_update_time\": \"yesterday\"}}")]
    [InlineData("application/json", "{not json")]
    [InlineData("application/json", "")]
    [InlineData("text/csv", "level,province,city,district,area\nhigh,北京市,北京市,顺义区,赵全营镇\nextreme,北京市,北京市,朝阳区,")]
    [InlineData("text/csv", "lvl,where\nhigh,北京")]
    public async Task Import_Returns400AndKeepsTheCurrentList_WhenTheFileIsBad(string contentType, string body)
    {
        var before = await Json(await ImportFileAsync(TenHours));

        var response = await ImportAsync(body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json(response);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        var current = await _admin.GetFromJsonAsync<JsonObject>("/api/risk-areas/current", Ct);
        Assert.Equal((string?)before["versionId"], (string?)current!["versionId"]);
        Assert.Single((await _admin.GetFromJsonAsync<JsonArray>("/api/risk-areas/versions", Ct))!);
    }

    [Fact]
    public async Task Import_NamesTheLine_WhenACsvRowIsBad()
    {
        var response = await ImportAsync("level,province,city,district,area\nhigh,北京市,北京市,顺义区,赵全营镇\nextreme,北京市,北京市,朝阳区,", "text/csv");

        Assert.Contains("line 3", (string?)(await Json(response))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Returns415_ForAnotherFormat()
    {
        var response = await ImportAsync("<xml/>", "application/xml");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Import_AcceptsCsvWithBomAndChineseLevels()
    {
        var csv = "\uFEFFlevel,province,city,district,area\n高,北京市,北京市,顺义区,赵全营镇\n中,河南省,郑州市,二七区,\n";

        var response = await ImportAsync(csv, "text/csv", "?source=manual&publishedAt=2022-04-01T10:00:00%2B08:00");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(1, (int)body["counts"]!["high"]!);
        Assert.Equal(1, (int)body["counts"]!["medium"]!);
        Assert.Equal(DateTimeOffset.Parse("2022-04-01T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), (DateTimeOffset)body["publishedAt"]!);
    }

    [Theory]
    [InlineData("江苏省扬州市广陵区湾头镇", "area", "high")]
    [InlineData("扬州广陵 湾头", "area", "high")]
    [InlineData("扬州市广陵区文昌中路1号", "district", "high")]
    [InlineData("北京市海淀区中关村", "none", null)]
    [InlineData("朝阳区", "ambiguous", null)]
    public async Task Match_ClassifiesTheOrigin_AgainstTheListInForce(string origin, string match, string? level)
    {
        await ImportFileAsync(NineteenHours);

        var result = await _admin.GetFromJsonAsync<JsonObject>($"/api/risk-areas/match?origin={Uri.EscapeDataString(origin)}", Ct);

        Assert.Equal(match, (string?)result!["match"]);
        Assert.Equal(level, (string?)result["level"]);
        if (match == "ambiguous")
        {
            Assert.True(result["candidates"]!.AsArray().Count >= 2);
        }
    }

    [Fact]
    public async Task Match_UsesTheListInForceAtTheGivenTime()
    {
        await ImportFileAsync(TenHours);
        await ImportFileAsync(NineteenHours);
        const string origin = "河南省郑州市金水区东风路街道豫馨苑";

        var at15h = await _admin.GetFromJsonAsync<JsonObject>($"/api/risk-areas/match?origin={Uri.EscapeDataString(origin)}&at=2021-08-18T15:00:00%2B08:00", Ct);
        var at20h = await _admin.GetFromJsonAsync<JsonObject>($"/api/risk-areas/match?origin={Uri.EscapeDataString(origin)}&at=2021-08-18T20:00:00%2B08:00", Ct);
        var before = await _admin.GetFromJsonAsync<JsonObject>($"/api/risk-areas/match?origin={Uri.EscapeDataString(origin)}&at=2020-01-01T00:00:00Z", Ct);

        Assert.Equal("area", (string?)at15h!["match"]);
        Assert.NotEqual("area", (string?)at20h!["match"]);
        Assert.Equal("none", (string?)before!["match"]);
        Assert.Null(before["versionId"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    public async Task Match_Returns400_WithoutAnOrigin(string origin)
    {
        var response = await _admin.GetAsync($"/api/risk-areas/match?origin={origin}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Import_ListsAndRecordsTheReportsWhoseResultChanged()
    {
        await ImportFileAsync(TenHours);
        var reportId = await SeedReportAsync("河南省郑州市新密市白寨镇三岔口村", "area", RiskLevel.Medium);

        var response = await Json(await ImportFileAsync(NineteenHours));

        var affected = response["affectedReports"]!.AsArray().Single();
        Assert.Equal(reportId.ToString(), (string?)affected!["reportId"]);
        Assert.Equal("area", (string?)affected["oldMatch"]);
        Assert.NotEqual("area", (string?)affected["newMatch"]);
        Assert.Equal("5", (string?)affected["building"]);
        Assert.DoesNotContain("13800138000", response.ToJsonString(), StringComparison.Ordinal);
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        Assert.Equal(1, await db.ReportReevaluations.CountAsync(r => r.ReportId == reportId, Ct));
        Assert.NotEqual("area", (await db.Reports.SingleAsync(r => r.Id == reportId, Ct)).Match);
    }

    [Fact]
    public async Task ChangedResults_AreSentToTheResidentPrivately_AndToStaffAsBuildingsOnly()
    {
        await using var channel = await FakeChannel.StartAsync();
        await ImportFileAsync(TenHours);
        var reference = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = "resident-conv" },
            ["serviceUrl"] = channel.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["bot"] = new JsonObject { ["id"] = "bot" },
            ["user"] = new JsonObject { ["id"] = "u1" },
        }.ToJsonString();
        var reportId = await SeedReportAsync("河南省郑州市新密市白寨镇三岔口村", "area", RiskLevel.Medium, reference);
        await ImportFileAsync(NineteenHours);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // This Bot runs without an in-process Notifier: build the job as a Notifier would.
            var services = scope.ServiceProvider;
            var messenger = ActivatorUtilities.CreateInstance<CommunityNotices.Notifier.BotFramework.ResidentMessenger>(services);
            await ActivatorUtilities.CreateInstance<NotifyReevaluations>(services, messenger).RunAsync(Ct);
        }

        var message = (await channel.WaitForAsync(1)).Single();
        Assert.Contains("名单已更新", (string?)message["text"], StringComparison.Ordinal);
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        Assert.NotNull((await db.ReportReevaluations.SingleAsync(r => r.ReportId == reportId, Ct)).NotifiedAt);
        var notice = await db.Broadcasts.SingleAsync(b => b.Title.Contains("报备结果变化"), Ct);
        Assert.Contains("5号楼2单元", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("张", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_CreateARiskUpdateBroadcastPerCommunity_FromTheDiff()
    {
        await ImportFileAsync(TenHours);
        var version = (string)(await Json(await ImportFileAsync(NineteenHours)))["versionId"]!;
        var community = await (await _admin.PostAsJsonAsync("/api/communities", new { name = "草稿社区", code = $"d{Guid.NewGuid():N}"[..12], hotline = "12345" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);

        var response = await _admin.PostAsync($"/api/risk-areas/versions/{version}/drafts?communityId={community!["id"]}", null, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = (await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!.Single()!;
        var detail = await _admin.GetFromJsonAsync<JsonObject>($"/api/broadcasts/{draft["broadcastId"]}", Ct);
        Assert.Equal("risk-update", (string?)detail!["kind"]);
        Assert.Equal("draft", (string?)detail["status"]);
        Assert.Contains("解除", (string?)detail["body"], StringComparison.Ordinal);
        Assert.Contains("草稿社区", (string?)detail["body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_CanImport_ButViewerCannot()
    {
        var secretary = _app.CreateClient(await ApiKeys.IssueAsync(_database.ConnectionString, Role.Secretary));
        var viewer = _app.CreateClient(await ApiKeys.IssueAsync(_database.ConnectionString, Role.Viewer));

        Assert.Equal(HttpStatusCode.Created, (await ImportFileAsync(TenHours, secretary)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportFileAsync(NineteenHours, viewer)).StatusCode);
    }

    private async Task<Guid> SeedReportAsync(string origin, string match, RiskLevel level, string? conversationReference = null)
    {
        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        var community = new CommunityNotices.Communities.Community("测试社区", $"c{Guid.NewGuid():N}"[..12], "", "12345", DateTimeOffset.UtcNow);
        db.Communities.Add(community);
        var address = AddressNormalizer.Normalize(origin);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = new ReturneeReport(community.Id, "张三华", "13800138000", DateTimeOffset.UtcNow)
        {
            Building = "5", Unit = "2", Room = "301",
            OriginProvince = address.Province, OriginCity = address.City, OriginDistrict = address.District,
            OriginArea = address.Rest, OriginCode = address.Code,
            DepartureDate = today.AddDays(-4), ArrivalDate = today.AddDays(-3), Match = match, Level = level,
            ConversationReference = conversationReference,
        };
        db.Reports.Add(report);
        await db.SaveChangesAsync(Ct);
        return report.Id;
    }

    private Task<HttpResponseMessage> ImportFileAsync(string fixture, HttpClient? client = null) =>
        ImportAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)), "application/json", client: client);

    private async Task<HttpResponseMessage> ImportAsync(string body, string contentType, string query = "", HttpClient? client = null)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await (client ?? _admin).PostAsync($"/api/risk-areas/import{query}", content, Ct);
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    /// <summary>Medium/high community strings in <paramref name="a"/> but not in <paramref name="b"/>, read without the product's code.</summary>
    private static List<string> RawSetDifference(string a, string b)
    {
        static HashSet<(string, string, string, string)> Read(string file)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)));
            var data = doc.RootElement.GetProperty("data");
            var set = new HashSet<(string, string, string, string)>();
            foreach (var list in new[] { "highlist", "middlelist" })
            {
                foreach (var item in data.GetProperty(list).EnumerateArray())
                {
                    foreach (var c in item.GetProperty("communitys").EnumerateArray())
                    {
                        set.Add((item.GetProperty("city").GetString()!, item.GetProperty("county").GetString()!, list, c.GetString()!));
                    }
                }
            }

            return set;
        }

        return Read(a).Except(Read(b)).Select(x => x.Item4).ToList();
    }
}

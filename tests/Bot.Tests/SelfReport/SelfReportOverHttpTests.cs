using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Tests.Messaging;
using CommunityNotices.Testing;
using MiniExcelLibs;

namespace CommunityNotices.Bot.Tests.SelfReport;

/// <summary>
/// As a new user would on the embedded default: import the risk list, report by chat over real HTTP (activities
/// POSTed to /api/messages, replies caught at the serviceUrl), then find the report in the ledger and its export.
/// </summary>
public sealed class SelfReportOverHttpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportByChat_LandsInTheLedgerAndTheXlsxExport_WithTheRightLevel()
    {
        using var folder = new TempDirectory();
        await using var channel = await FakeChannel.StartAsync();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var community = await (await admin.PostAsJsonAsync("/api/communities", new { name = "幸福里社区", code = "xingfuli", district = "北京市朝阳区", hotline = "010-66668888" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);
        using (var list = new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kaikeping_2021-08-18_19h.json")), Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/risk-areas/import", list, Ct)).StatusCode);
        }

        using var bot = app.CreateClient(apiKey: null);
        var conversation = $"conv-{Guid.NewGuid():N}";
        string[] answers = ["报备", "同意", "张三华", "138-1234-5678", "幸福里", "5号楼2单元301", "扬州市邗江区甘泉街道", "前天", "昨天", "高铁 G1234", "没有", "确认"];
        var seen = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            var response = await bot.PostAsJsonAsync("/api/messages", Activity(channel.ServiceUrl, conversation, $"m{i}", answers[i]), Ct);
            Assert.True(response.IsSuccessStatusCode, $"turn {i}: {(int)response.StatusCode}");
            var replies = await channel.WaitForAsync(seen + 1);
            seen = replies.Count;
        }

        var last = string.Join("\n", channel.Received.Select(a => (string?)a["text"]));
        Assert.Contains("中风险", last, StringComparison.Ordinal);

        var rows = await admin.GetFromJsonAsync<JsonArray>($"/api/reports?communityId={community!["id"]}", Ct);
        var row = rows!.Single()!;
        Assert.Equal("medium", (string?)row["level"]);
        Assert.Equal("area", (string?)row["match"]);
        Assert.Equal("138****5678", (string?)row["phone"]);

        using var xlsx = new MemoryStream(await admin.GetByteArrayAsync("/api/reports/export?format=xlsx", Ct));
        var sheet = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(sheet, r => (string)r["风险等级"] == "中" && (string)r["手机号"] == "138****5678");
    }

    [Fact]
    public async Task RepeatedDelivery_OfTheSameActivity_IsProcessedOnce()
    {
        using var folder = new TempDirectory();
        await using var channel = await FakeChannel.StartAsync();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var bot = app.CreateClient(apiKey: null);
        var activity = Activity(channel.ServiceUrl, $"conv-{Guid.NewGuid():N}", "same-id", "报备");

        await bot.PostAsJsonAsync("/api/messages", activity, Ct);
        var first = (await channel.WaitForAsync(1)).Count;
        await bot.PostAsJsonAsync("/api/messages", activity, Ct);
        await bot.PostAsJsonAsync("/api/messages", Activity(channel.ServiceUrl, "other-conv", "probe", "你好"), Ct);
        await channel.WaitForAsync(first + 1);

        Assert.Equal(first + 1, channel.Received.Count);
    }

    private static object Activity(Uri serviceUrl, string conversation, string id, string text) => new
    {
        type = "message",
        id,
        text,
        locale = "zh-CN",
        channelId = "msteams",
        serviceUrl = serviceUrl.ToString(),
        timestamp = DateTimeOffset.UtcNow,
        from = new { id = "resident-42", name = "居民" },
        recipient = new { id = "bot", name = "bot" },
        conversation = new { id = conversation, conversationType = "personal" },
    };
}

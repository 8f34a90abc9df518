using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.TestSupport;
using Microsoft.Playwright;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>
/// A secretary's day in a real browser (Debian Chromium through Playwright) against the real Bot host on Kestrel,
/// PostgreSQL and the in-process delivery pipeline: sign in, import the new risk list, read the diff, draft the risk
/// update, send it, and watch a WeCom group (a local fake robot) receive it. Screenshots: see <see cref="Chromium"/>.
/// </summary>
public sealed class SecretaryFlowTests : IAsyncLifetime
{
    private const string Earlier = "kaikeping_2021-08-18_10h.json";
    private const string Later = "kaikeping_2021-08-18_19h.json";
    private readonly PostgresDatabase _database = new();
    private readonly FakeWeComServer _wecom = new();
    private BotApp _app = null!;
    private Chromium _chromium = null!;
    private Guid _community;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await _wecom.StartAsync(Ct);
        _app = BotApp.OnPostgres(_database.ConnectionString, new()
        {
            ["Notifier:InProcess"] = "true",
            ["Deliveries:SweepSeconds"] = "1",
        });
        using var admin = _app.CreateClient(BotApp.AdminKey);
        _community = await CreateCommunityAsync(admin, "幸福里社区");
        var group = await admin.PostAsJsonAsync("/api/groups", new
        {
            communityId = _community, name = "5号楼居民群", channel = "wecom", address = new { webhookUrl = _wecom.WebhookUrl("building-5").AbsoluteUri },
        }, Ct);
        group.EnsureSuccessStatusCode();
        using var list = new StreamContent(File.OpenRead(Fixture(Earlier)));
        list.Headers.ContentType = new("application/json");
        (await admin.PostAsync("/api/risk-areas/import?source=seed", list, Ct)).EnsureSuccessStatusCode();
        await StaffAccounts.CreateAsync(_database.ConnectionString, "secretary-li", Role.Secretary, _community);
        _chromium = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await _app.DisposeAsync();
        await _wecom.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Secretary_ImportsTheNewList_SeesTheDiff_AndItsRiskUpdateReachesTheWeComGroup()
    {
        var page = await _chromium.NewPageAsync(_app.BaseAddress);

        await page.GotoAsync("/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await Chromium.SaveScreenshotAsync(page, "secretary-1-sign-in");
        await page.FillAsync("input[name=UserName]", "secretary-li");
        await page.FillAsync("input[name=Password]", StaffAccounts.Password);
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("您好");

        await page.GotoAsync("/admin/risk-areas");
        await page.SetInputFilesAsync("input[name=Upload]", Fixture(Later));
        await page.FillAsync("input[name=Source]", "国务院客户端 8月18日19时");
        await Chromium.SaveScreenshotAsync(page, "secretary-2-risk-areas");
        await page.ClickAsync("form[enctype] button[type=submit]");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("2021年8月18日19时起");
        var changes = int.Parse(await page.TextContentAsync("#added-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture)
                      + int.Parse(await page.TextContentAsync("#removed-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture)
                      + int.Parse(await page.TextContentAsync("#changed-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(changes > 0, "the 19h list differs from the 10h one");
        await Chromium.SaveScreenshotAsync(page, "secretary-3-diff");

        await page.ClickAsync("#create-drafts");
        await Assertions.Expect(page.Locator("#broadcast-status")).ToHaveTextAsync("草稿");
        await Assertions.Expect(page.Locator("pre[data-channel=wecom]")).ToContainTextAsync("幸福里社区");
        await Chromium.SaveScreenshotAsync(page, "secretary-4-draft");

        await page.ClickAsync("#send");
        await Assertions.Expect(page.Locator("tr[data-group='5号楼居民群'] [data-status]")).ToHaveAttributeAsync("data-status", "delivered", new() { Timeout = 60_000 });
        await Chromium.SaveScreenshotAsync(page, "secretary-5-delivered");

        var received = Assert.Single(_wecom.Delivered);
        Assert.Equal("building-5", received.Key);
        Assert.Contains("2021年8月18日19时起", received.RawBody, StringComparison.Ordinal);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static async Task<Guid> CreateCommunityAsync(HttpClient admin, string name)
    {
        var created = await admin.PostAsJsonAsync("/api/communities", new { name, code = $"c{Guid.NewGuid():N}"[..12], hotline = "12345" }, Ct);
        created.EnsureSuccessStatusCode();
        return Guid.Parse((string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
    }
}

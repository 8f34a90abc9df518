using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Tests.DirectLine;
using CommunityNotices.Bot.Tests.Posters;
using CommunityNotices.Testing;
using CommunityNotices.TestSupport;
using Microsoft.Playwright;

namespace CommunityNotices.Bot.Tests.WebChat;

/// <summary>
/// As a resident would on the embedded default: scan the poster's QR code, land on the chat page on a 375 px phone
/// screen, report by tapping and typing in the real Web Chat client, reload and find the conversation still there.
/// </summary>
public sealed class ChatPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    [Fact]
    public async Task ResidentScansThePoster_AndReportsByChatOnAPhoneSizedPage()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path, new() { ["Admin:InitialPassword"] = "first-admin-password" });
        using var admin = app.CreateClient(BotApp.AdminKey);
        var communityId = await DirectLineSetup.CommunityWithRiskListAsync(admin, "xingfuli", Ct);

        // The poster's QR code is the way in.
        var poster = await admin.GetByteArrayAsync($"/api/communities/{communityId}/poster.png", Ct);
        var link = QrImageDecoder.Decode(poster);
        Assert.Equal(new Uri(app.BaseAddress, "/chat/xingfuli").ToString(), link);

        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPhonePageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        await page.GotoAsync(link!);
        await Chromium.SaveScreenshotAsync(page, "chat-opened");
        try
        {
            await Expect(page.Locator(BotBubbles).First).ToContainTextAsync("欢迎");
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException("No greeting. Browser console:\n" + string.Join("\n", console), e);
        }


        await AnswerAsync(page, "报备");
        await AnswerAsync(page, "同意");
        foreach (var answer in new[] { "张三华", "138-1234-5678", "5号楼2单元301", "扬州市邗江区甘泉街道", "前天", "昨天", "高铁 G1234", "没有" })
        {
            await AnswerAsync(page, answer);
        }

        await Chromium.SaveScreenshotAsync(page, "chat-summary");
        await AnswerAsync(page, "确认");
        await Expect(page.Locator(BotBubbles).Last).ToContainTextAsync("中风险", new() { Timeout = 15_000 });
        await Chromium.SaveScreenshotAsync(page, "chat-reported");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the page scrolls sideways on a phone ({width} px wide)");

        var rows = await admin.GetFromJsonAsync<JsonArray>($"/api/reports?communityId={communityId}", Ct);
        Assert.Equal("138****5678", (string?)Assert.Single(rows!)!["phone"]);

        // A reload resumes the same conversation from the token kept in the page's storage.
        var before = await page.Locator(BotBubbles).CountAsync();
        await page.ReloadAsync();
        await Expect(page.Locator(BotBubbles)).ToHaveCountAsync(before, new() { Timeout = 15_000 });
        await Expect(page.Locator(BotBubbles).Last).ToContainTextAsync("中风险");
        await Chromium.SaveScreenshotAsync(page, "chat-reloaded");

        // The secretary's side: the report is on the admin ledger page, masked.
        var staff = await browser.NewPageAsync(app.BaseAddress);
        await staff.GotoAsync("/admin/reports");
        await staff.FillAsync("input[name='UserName']", "admin");
        await staff.FillAsync("input[name='Password']", "first-admin-password");
        await staff.ClickAsync("button[type=submit].primary");
        // Signed in, the browser comes back to the ledger it asked for.
        await Assertions.Expect(staff).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/reports"));
        await Expect(staff.Locator("#ledger tbody tr")).ToHaveCountAsync(1);
        await Expect(staff.Locator("#ledger tbody tr").First).ToContainTextAsync("138****5678");
        await Expect(staff.Locator("#ledger tbody tr").First).ToContainTextAsync("甘泉街道");
        await Chromium.SaveScreenshotAsync(staff, "admin-ledger-web-report");

        // The other key admin pages, as artefacts.
        await staff.GotoAsync($"/admin/communities/{communityId}");
        await Expect(staff.Locator("#chat-link")).ToContainTextAsync("/chat/xingfuli");
        await Chromium.SaveScreenshotAsync(staff, "admin-community");
        await staff.GotoAsync("/admin/schedules");
        await Chromium.SaveScreenshotAsync(staff, "admin-schedules");
        await staff.GotoAsync("/admin/audit");
        await Expect(staff.Locator("body")).ToContainTextAsync("admin");
        await Chromium.SaveScreenshotAsync(staff, "admin-audit");

        // English is one click away, and the ledger reads in English.
        await staff.GotoAsync("/admin/reports");
        await staff.ClickAsync("button[name=culture][value=en]");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("Returnee ledger");
        await Expect(staff.Locator("#ledger tbody tr").First).ToContainTextAsync("138****5678");
        await Chromium.SaveScreenshotAsync(staff, "admin-ledger-english");

        // The staff print the poster from the admin pages with their sign-in cookie.
        var pdf = await staff.Context.APIRequest.GetAsync($"/admin/communities/{communityId}/poster.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        // Signing out from the top bar ends the session.
        await staff.ClickAsync(".tools form[action='/admin/logout'] button");
        await Assertions.Expect(staff).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await staff.GotoAsync("/admin/reports");
        await Assertions.Expect(staff).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
    }

    [Fact]
    public async Task APhoneSetToEnglish_IsGreetedAndAskedInEnglish()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var admin = app.CreateClient(BotApp.AdminKey);
        await DirectLineSetup.CommunityWithRiskListAsync(admin, "xingfuli", Ct);

        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPhonePageAsync("en-US");
        await page.GotoAsync(new Uri(app.BaseAddress, "/chat/xingfuli").ToString());
        await Expect(page.Locator(BotBubbles).First).ToContainTextAsync("Welcome");
        await AnswerAsync(page, "Report");
        await Expect(page.Locator(BotBubbles).Last).ToContainTextAsync("agree", new() { IgnoreCase = true });
        await Chromium.SaveScreenshotAsync(page, "chat-english");
    }

    [Fact]
    public async Task UnknownCommunity_GetsAFriendly404Page()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var http = app.CreateClient(apiKey: null);
        var response = await http.GetAsync("/chat/no-such-place", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到该社区", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>Taps the suggested action when the bot offers it, else types; then waits for the bot's next message.</summary>
    private static async Task AnswerAsync(IPage page, string answer)
    {
        var bubbles = await page.Locator(BotBubbles).CountAsync();
        var button = page.Locator("button.webchat__suggested-action", new() { HasTextString = answer });
        if (await button.CountAsync() > 0)
        {
            await button.First.ClickAsync();
        }
        else
        {
            var input = page.Locator("[data-id='webchat-sendbox-input']");
            await input.FillAsync(answer);
            await input.PressAsync("Enter");
        }

        await Expect(page.Locator(BotBubbles)).Not.ToHaveCountAsync(bubbles, new() { Timeout = 15_000 });
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

using CommunityNotices.Security;
using CommunityNotices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>The pages' scripts in a real browser: the live preview, the confirm dialogs, the schedule form.</summary>
public sealed class AdminBrowserTests() : AdminPagesHost(("secretary", Role.Secretary))
{
    [Fact]
    public async Task ComposePreview_FollowsTheTyping_AndTheScheduleFormCreatesEditsAndDeletes()
    {
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/admin/login");
        await page.FillAsync("input[name=UserName]", "secretary");
        await page.FillAsync("input[name=Password]", StaffAccounts.Password);
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("您好");

        // The per-channel preview follows what is typed, without a reload.
        await page.GotoAsync("/admin/broadcasts/compose");
        await page.FillAsync("input[name=Title]", "停水通知");
        await page.FillAsync("textarea[name=Body]", "明早**8点**至12点停水。");
        await Assertions.Expect(page.Locator("pre[data-channel=wecom]")).ToContainTextAsync("明早**8点**至12点停水。");
        await Assertions.Expect(page.Locator("pre[data-channel=webhook]")).ToContainTextAsync("明早8点至12点停水。");
        await Chromium.SaveScreenshotAsync(page, "admin-compose-preview");

        // A schedule made with the friendly form, edited, then deleted through the confirm dialog.
        await page.GotoAsync("/admin/schedules");
        await page.FillAsync("input[name='Form.Name']", "每周例会");
        await page.SelectOptionAsync("select[name='Form.Kind']", "weekly");
        await page.FillAsync("input[name='Form.Time']", "08:30");
        await page.CheckAsync("input[name='Form.Days'][value=mon]");
        await page.CheckAsync("input[name='Form.Days'][value=thu]");
        await page.FillAsync("input[name='Form.Tags']", "staff");
        await page.FillAsync("input[name='Form.Title']", "例会提醒");
        await page.FillAsync("textarea[name='Form.Body']", "{{ communityName }}今天开会");
        await page.ClickAsync("form button[type=submit].primary");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("每周例会");
        await Assertions.Expect(page.Locator("#next-fire-times li")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#targets")).ToContainTextAsync("staff");
        await Chromium.SaveScreenshotAsync(page, "admin-schedule");

        await page.ClickAsync("a[href$='/edit']");
        await page.FillAsync("input[name='Form.Time']", "09:15");
        await page.ClickAsync("form button[type=submit].primary");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("09:15");

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("form[action*='handler=Delete'] button");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/schedules$"));
        await using var db = Testing.TestDatabases.OpenPostgres(ConnectionString);
        Assert.False(await db.Schedules.AnyAsync(Ct));
    }
}

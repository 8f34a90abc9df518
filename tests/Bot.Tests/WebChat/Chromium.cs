using Microsoft.Playwright;

namespace CommunityNotices.Bot.Tests.WebChat;

/// <summary>Debian's Chromium driven by Playwright (its own browser download cannot work on these machines).</summary>
internal sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Chromium(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>WeChat's built-in browser on a typical phone.</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await _browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 375, Height = 812 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saved under the test output's screenshots folder, kept as a CI artefact.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = false });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

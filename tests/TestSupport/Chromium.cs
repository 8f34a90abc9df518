using Microsoft.Playwright;

namespace CommunityNotices.TestSupport;

/// <summary>
/// Debian's Chromium driven by Playwright, for browser tests of the pages. Playwright's own browser download cannot
/// run here (no network but the package registries), so this launches <c>/usr/bin/chromium</c> (apt package
/// <c>chromium</c>; <c>CHROMIUM_PATH</c> overrides). Screenshots go to <see cref="ScreenshotDirectory"/>.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary><c>TestResults/screenshots/</c> under the test assembly's output folder.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static async Task<Chromium> LaunchAsync()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: apt-get install chromium (or set CHROMIUM_PATH).");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // Nothing outside the machine is reachable: keep Chromium from trying (updates, sync, QUIC probes).
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run"],
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (own cookies) and page; laptop-sized viewport, Chinese by default.</summary>
    public async Task<IPage> NewPageAsync(Uri baseUrl, string locale = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = baseUrl.AbsoluteUri,
            Locale = locale,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>WeChat's built-in browser on a typical phone: 375 x 812, touch, Chinese.</summary>
    public async Task<IPage> NewPhonePageAsync(string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 375, Height = 812 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
            UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page PNG as <c>{name}.png</c> in <see cref="ScreenshotDirectory"/> and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

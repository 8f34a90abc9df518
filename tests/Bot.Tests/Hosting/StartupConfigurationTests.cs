using CommunityNotices.Hosting;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Hosting;

/// <summary>A bad configuration value stops the real process with one line naming the key.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task Production_RefusesToStart_WithoutABotAppId()
    {
        var line = await FailingStartAsync(new() { ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        Assert.Contains("BotFramework:MicrosoftAppId", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsNamingTheKey_WhenTheProviderIsUnknown()
    {
        var line = await FailingStartAsync(new() { ["Storage__Provider"] = "Oracle" });
        Assert.Contains("Storage:Provider", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsNamingTheKey_WhenPostgresHasNoConnectionString()
    {
        var line = await FailingStartAsync(new() { ["Storage__Provider"] = "PostgreSql" });
        Assert.Contains("ConnectionStrings:Postgres", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsNamingTheKey_WhenTheBootstrapKeyIsTooShort()
    {
        var line = await FailingStartAsync(new() { ["Admin__BootstrapApiKey"] = "short" });
        Assert.Contains("Admin:BootstrapApiKey", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Channels__RequestTimeoutSeconds", "soon", "Channels:RequestTimeoutSeconds")]
    [InlineData("DirectLine__TokenLifetime", "00:00:05", "DirectLine:TokenLifetime")]
    [InlineData("DirectLine__ConversationsPerMinute", "0", "DirectLine:ConversationsPerMinute")]
    [InlineData("WebChat__PublicBaseUrl", "notices.example.gov.cn", "WebChat:PublicBaseUrl")]
    public async Task Start_FailsNamingTheKey_WhenAWebChatOrChannelValueIsBad(string variable, string value, string key)
    {
        var line = await FailingStartAsync(new() { [variable] = value });
        Assert.Contains(key, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifier_RefusesToRunStandalone_OnTheEmbeddedDefault()
    {
        using var folder = new TempDirectory();
        await using var notifier = ChildProcess.Start("Notifier", new Dictionary<string, string?> { ["Storage__Provider"] = "Sqlite" }, folder.Path);

        Assert.Equal(StartupFailure.ExitCode, await notifier.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Storage:Provider=Sqlite", Assert.Single(notifier.StandardErrorLines), StringComparison.Ordinal);
    }

    private static async Task<string> FailingStartAsync(Dictionary<string, string?> environment)
    {
        using var folder = new TempDirectory();
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        await using var bot = ChildProcess.Start("Bot", environment, folder.Path);

        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == StartupFailure.ExitCode, $"exit code {exitCode}; output:\n{bot.Output}");
        var line = Assert.Single(bot.StandardErrorLines);
        Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal);
        return line;
    }
}

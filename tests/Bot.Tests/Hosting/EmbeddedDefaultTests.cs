using System.Net;
using System.Net.Http.Json;
using CommunityNotices.Bot.Tests.Messaging;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Hosting;

/// <summary>The embedded default: one process, a SQLite file, the Notifier's services in-process.</summary>
public sealed class EmbeddedDefaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Host_MigratesItsFileAndServesHealthAndApi_WithNoDatabaseServer()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var client = app.CreateClient(BotApp.AdminKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
        var created = await client.PostAsJsonAsync("/api/communities", new { name = "嵌入式社区", code = "embedded", hotline = "12345" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "notices.db")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json", Ct)).StatusCode);
    }

    [Fact]
    public async Task Bot_RepliesOverHttp_OnTheEmbeddedDefault()
    {
        using var folder = new TempDirectory();
        await using var channel = await FakeChannel.StartAsync();
        await using var app = BotApp.OnSqlite(folder.Path);
        using var client = app.CreateClient(apiKey: null);

        var response = await client.PostAsJsonAsync("/api/messages", MessagesEndpointTests.Activity(channel.ServiceUrl, "a1", "你好", "zh-CN"), Ct);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Single(await channel.WaitForAsync(1));
    }

    [Fact]
    public async Task Data_SurvivesARestart()
    {
        using var folder = new TempDirectory();
        await using (var first = BotApp.OnSqlite(folder.Path))
        {
            using var client = first.CreateClient(BotApp.AdminKey);
            (await client.PostAsJsonAsync("/api/communities", new { name = "重启社区", code = "restart", hotline = "12345" }, Ct)).EnsureSuccessStatusCode();
        }

        await using var second = BotApp.OnSqlite(folder.Path);
        using var again = second.CreateClient(BotApp.AdminKey);
        var list = await again.GetStringAsync("/api/communities", Ct);
        Assert.Contains("restart", list, StringComparison.Ordinal);
    }
}

using System.Net.Http.Json;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Messaging;

public sealed class MessagesEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task PostedActivity_GetsReplyAtItsServiceUrl_OverRealHttp()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        using var client = app.CreateClient(apiKey: null);

        var response = await client.PostAsJsonAsync("/api/messages", Activity(channel.ServiceUrl, "act-1", "你好", "zh-CN"), TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        var replies = await channel.WaitForAsync(1);
        var reply = replies.Single();
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("act-1", (string?)reply["replyToId"]);
        Assert.Contains("报备", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedActivity_IsAnsweredInEnglish_WhenLocaleIsEnglish()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        using var client = app.CreateClient(apiKey: null);

        await client.PostAsJsonAsync("/api/messages", Activity(channel.ServiceUrl, "act-2", "hello", "en-US"), TestContext.Current.CancellationToken);

        var reply = (await channel.WaitForAsync(1)).Single();
        Assert.Contains("report", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedGarbage_IsRejected_WithoutServerError()
    {
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        using var client = app.CreateClient(apiKey: null);

        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"status {(int)response.StatusCode}");
    }

    internal static object Activity(Uri serviceUrl, string id, string text, string locale) => new
    {
        type = "message",
        id,
        text,
        locale,
        channelId = "test",
        serviceUrl = serviceUrl.ToString(),
        timestamp = DateTimeOffset.UtcNow,
        from = new { id = "user-1", name = "居民" },
        recipient = new { id = "bot", name = "bot" },
        conversation = new { id = $"conv-{Guid.NewGuid():N}" },
    };
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace CommunityNotices.Bot.Tests.DirectLine;

/// <summary>Check-ins and re-evaluations reach a resident who reported on the web: appended to their transcript.</summary>
public sealed class WebChatResidentMessagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResidentMessenger_AppendsToTheWebChatTranscript_WhenTheReportCameFromTheWeb()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        await using var client = new DirectLineTestClient(app.CreateClient(apiKey: null));
        await client.GenerateAsync(null, Ct);
        await client.StartAsync(Ct);
        await client.OpenStreamAsync(Ct);
        var (response, clientId) = await client.SayAsync("你好", Ct);
        response.EnsureSuccessStatusCode();
        var echo = await client.ReceiveAsync(a => (string?)a["channelData"]?["clientActivityID"] == clientId, Ct);

        // What SubmitReport stores: the reference of the resident's own activity.
        var reference = JsonConvert.DeserializeObject<Activity>(echo.ToJsonString())!.GetConversationReference();
        var messenger = app.Services.GetRequiredService<ResidentMessenger>();
        Assert.True(await messenger.SendAsync(JsonConvert.SerializeObject(reference), "今日健康打卡：请回复您的体温", Ct));

        var checkIn = await client.ReceiveAsync(a => (string?)a["text"] == "今日健康打卡：请回复您的体温", Ct);
        Assert.Equal("bot", (string?)checkIn["from"]!["role"]);
        Assert.Equal(client.ConversationId, (string?)checkIn["conversation"]!["id"]);
        Assert.Equal((string?)echo["from"]!["id"], (string?)checkIn["recipient"]!["id"]);
    }

    [Fact]
    public async Task ResidentMessenger_SaysNo_WhenTheWebChatTranscriptWasPurged()
    {
        using var folder = new TempDirectory();
        await using var app = BotApp.OnSqlite(folder.Path);
        var reference = new ConversationReference
        {
            ChannelId = DirectLineTranscript.ChannelId,
            ServiceUrl = DirectLineTranscript.ServiceUrl,
            Conversation = new ConversationAccount(id: "purged-conversation"),
            User = new ChannelAccount("dl_gone"),
            Bot = new ChannelAccount("community-notices-bot"),
        };

        var messenger = app.Services.GetRequiredService<ResidentMessenger>();
        Assert.False(await messenger.SendAsync(JsonConvert.SerializeObject(reference), "今日健康打卡", Ct));
    }
}

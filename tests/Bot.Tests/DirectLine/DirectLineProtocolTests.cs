using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.DirectLine;

/// <summary>
/// A complete self-report over our Direct Line endpoint with the calls the Web Chat client makes, checking each thing
/// Web Chat depends on: the echo with a server id and the clientActivityID, replyToId, increasing timestamps, the
/// greeting after start, from forced to the token's user.
/// </summary>
public sealed class DirectLineProtocolTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SelfReportOverDirectLine_BehavesAsWebChatNeeds_AndLandsInTheLedgerOfTheBoundCommunity()
    {
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var communityId = await DirectLineSetup.CommunityWithRiskListAsync(admin, "dl-happy", Ct);
        await using var client = new DirectLineTestClient(app.CreateClient(apiKey: null));

        Assert.Equal(HttpStatusCode.OK, (await client.GenerateAsync("dl-happy", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.StartAsync(Ct)).StatusCode);
        await client.OpenStreamAsync(Ct);
        var greeting = await client.ReceiveAsync(a => (string?)a["type"] == "message", Ct);
        var update = client.Seen.Single(a => (string?)a["type"] == "conversationUpdate");
        Assert.Equal((string?)update["id"], (string?)greeting["replyToId"]);

        // The community question is skipped: the conversation is bound to the poster's community.
        string[] answers = ["报备", "同意", "张三华", "138-1234-5678", "5号楼2单元301", "扬州市邗江区甘泉街道", "前天", "昨天", "高铁 G1234", "没有", "确认"];
        var userId = (string?)null;
        foreach (var answer in answers)
        {
            var (response, clientId) = await client.SayAsync(answer, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var id = (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"];
            var echo = await client.ReceiveAsync(a => (string?)a["channelData"]?["clientActivityID"] == clientId, Ct);
            Assert.Equal(id, (string?)echo["id"]);
            Assert.StartsWith(client.ConversationId + "|", id, StringComparison.Ordinal);
            Assert.Equal("user", (string?)echo["from"]!["role"]);
            Assert.NotEqual("r_spoofed", (string?)echo["from"]!["id"]);
            Assert.Equal("dl-happy", (string?)echo["channelData"]!["communityCode"]);
            userId ??= (string?)echo["from"]!["id"];
            Assert.Equal(userId, (string?)echo["from"]!["id"]);
            var reply = await client.ReceiveAsync(a => (string?)a["replyToId"] == id, Ct);
            Assert.Equal("bot", (string?)reply["from"]!["role"]);
        }

        var outcome = await client.ReceiveAsync(a => ((string?)a["text"])?.Contains("中风险", StringComparison.Ordinal) == true, Ct);
        Assert.Equal("message", (string?)outcome["type"]);

        var stamps = client.Seen.Select(a => DateTimeOffset.Parse((string)a["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.First < p.Second), "timestamps must strictly increase");
        Assert.Equal(client.Seen.Count, client.Seen.Select(a => (string?)a["id"]).Distinct().Count());

        // Polling from the start returns the same transcript, with the last index as watermark.
        var poll = await (await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities", client.Token, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal(client.Seen.Select(a => (string?)a["id"]), poll!["activities"]!.AsArray().Select(a => (string?)a!["id"]));
        Assert.Equal((client.Seen.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)poll["watermark"]);
        var rest = await (await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark={(string?)poll["watermark"]}", client.Token, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Empty(rest!["activities"]!.AsArray());

        var rows = await admin.GetFromJsonAsync<JsonArray>($"/api/reports?communityId={communityId}", Ct);
        var row = Assert.Single(rows!)!;
        Assert.Equal("medium", (string?)row["level"]);
        Assert.Equal("138****5678", (string?)row["phone"]);
    }

    [Fact]
    public async Task Start_IsAnsweredOnce_AndReconnectGivesAStreamFromTheWatermark()
    {
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        await using var client = new DirectLineTestClient(app.CreateClient(apiKey: null));
        await client.GenerateAsync(null, Ct);
        Assert.Equal(HttpStatusCode.Created, (await client.StartAsync(Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.StartAsync(Ct)).StatusCode);

        var reconnect = await (await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}?watermark=1", client.Token, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Contains("watermark=1", (string?)reconnect!["streamUrl"], StringComparison.Ordinal);
        Assert.StartsWith("ws://127.0.0.1:", (string?)reconnect["streamUrl"], StringComparison.Ordinal);

        var poll = await (await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities", client.Token, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Single(poll!["activities"]!.AsArray(), a => (string?)a!["type"] == "conversationUpdate");
    }

    [Fact]
    public async Task BadActivities_Get400WithAReason_AndNothingIsAppended()
    {
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        await using var client = new DirectLineTestClient(app.CreateClient(apiKey: null));
        await client.GenerateAsync(null, Ct);
        await client.StartAsync(Ct);

        string[] bad =
        [
            "{not json",
            "[]",
            "{\"type\":\"conversationUpdate\"}",
            "{\"text\":\"no type\"}",
            "{\"type\":\"message\",\"text\":\"" + new string('长', 5000) + "\"}",
            "{\"type\":\"message\",\"text\":" + new string('[', 100) + new string(']', 100) + "}",
        ];
        foreach (var body in bad)
        {
            var response = await client.PostRawAsync(body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
            Assert.False(string.IsNullOrWhiteSpace((string?)error!["error"]!["message"]), body[..Math.Min(body.Length, 30)]);
        }

        var poll = await (await client.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark=not-a-number", client.Token, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.DoesNotContain(poll!["activities"]!.AsArray(), a => (string?)a!["type"] == "message" && (string?)a["from"]?["role"] == "user");

        using var http = app.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { communityCode = "no-such-community" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/v3/directline/tokens/generate", new StringContent("{oops", Encoding.UTF8, "application/json"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { communityCode = 42 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task OpeningConversations_IsRateLimitedPerAddress()
    {
        await using var app = BotApp.OnPostgres(database.ConnectionString, new() { ["DirectLine:ConversationsPerMinute"] = "2" });
        using var http = app.CreateClient(apiKey: null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await http.PostAsync("/v3/directline/tokens/generate", null, Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task AReplyWrittenByAnotherBotProcess_IsPushedOnThisProcesssStream()
    {
        // Streams read their transcript only every 10 minutes here: only the PostgreSQL notification can bring the reply.
        var slowPoll = new Dictionary<string, string?> { ["DirectLine:StreamPollSeconds"] = "600" };
        await using var taking = BotApp.OnPostgres(database.ConnectionString, slowPoll);
        await using var streaming = BotApp.OnPostgres(database.ConnectionString, new(slowPoll));
        await using var client = new DirectLineTestClient(taking.CreateClient(apiKey: null));
        await client.GenerateAsync(null, Ct);
        await client.StartAsync(Ct);
        var streamUrl = new UriBuilder(client.StreamUrl!) { Port = streaming.BaseAddress.Port }.Uri;
        await client.OpenStreamAsync(streamUrl, Ct);
        await client.ReceiveAsync(a => (string?)a["type"] == "message", Ct);

        var (response, _) = await client.SayAsync("你好", Ct);
        var id = (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"];

        var reply = await client.ReceiveAsync(a => (string?)a["replyToId"] == id, Ct);
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
    }

    [Fact]
    public async Task Transcript_SurvivesARestart_AndTheSameTokenStillWorks()
    {
        string token, conversation;
        await using (var first = BotApp.OnPostgres(database.ConnectionString))
        {
            await using var c = new DirectLineTestClient(first.CreateClient(apiKey: null));
            await c.GenerateAsync(null, Ct);
            await c.StartAsync(Ct);
            await c.SayAsync("你好", Ct);
            (token, conversation) = (c.Token, c.ConversationId);
        }

        await using var second = BotApp.OnPostgres(database.ConnectionString);
        using var http = second.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
        request.Headers.Authorization = new("Bearer", token);
        var poll = await (await http.SendAsync(request, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Contains(poll!["activities"]!.AsArray(), a => (string?)a!["text"] == "你好");
    }
}

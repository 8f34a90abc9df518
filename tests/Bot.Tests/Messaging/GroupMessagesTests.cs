using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Tests.SelfReport;
using CommunityNotices.Broadcasts;
using CommunityNotices.Groups;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Messaging;

/// <summary>The bot in a group: it registers itself, counts acknowledgements and answers staff commands.</summary>
public sealed class GroupMessagesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private BotApp _app = null!;
    private HttpClient _admin = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app = BotApp.OnPostgres(database.ConnectionString);
        _admin = _app.CreateClient(BotApp.AdminKey);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task AddedToAGroup_RegistersIt_ThenStaffCommandsAnswerOnceBound()
    {
        var chat = new BotConversation(_app.Services, isGroup: true);

        var welcome = await chat.AddBotAsync();

        Assert.Contains("群编号", BotConversation.Text(welcome), StringComparison.Ordinal);
        var unbound = await _admin.GetFromJsonAsync<JsonArray>("/api/groups?unbound=true", Ct);
        var groupId = (string)unbound!.Single(g => (string?)g!["name"] == "5号楼工作群")!["id"]!;
        Assert.DoesNotContain("今日报备0份", BotConversation.Text(await chat.SayAsync("今日报备")), StringComparison.Ordinal);

        var community = await (await _admin.PostAsJsonAsync("/api/communities", new { name = "和平社区", code = $"h{Guid.NewGuid():N}"[..12], district = "江苏省扬州市广陵区", hotline = "12345" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);
        (await _admin.PatchAsJsonAsync($"/api/groups/{groupId}", new { communityId = community!["id"]!.GetValue<Guid>(), tags = new[] { "staff" } }, Ct)).EnsureSuccessStatusCode();

        Assert.Contains("今日报备0份", BotConversation.Text(await chat.SayAsync("今日报备")), StringComparison.Ordinal);
        Assert.Contains("风险", BotConversation.Text(await chat.SayAsync("风险地区")), StringComparison.Ordinal);
        Assert.Empty(await chat.SayAsync("大家好"));
    }

    [Fact]
    public async Task Acknowledgement_IsCountedOnTheLatestBroadcastThatAskedForOne()
    {
        var chat = new BotConversation(_app.Services, isGroup: true);
        await chat.AddBotAsync();
        var groupId = Guid.Parse((string)(await _admin.GetFromJsonAsync<JsonArray>("/api/groups?unbound=true", Ct))!.Last()!["id"]!);
        var community = await (await _admin.PostAsJsonAsync("/api/communities", new { name = "回执社区", code = $"a{Guid.NewGuid():N}"[..12], hotline = "12345" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);
        (await _admin.PatchAsJsonAsync($"/api/groups/{groupId}", new { communityId = community!["id"]!.GetValue<Guid>() }, Ct)).EnsureSuccessStatusCode();
        long deliveryId;
        await using (var db = TestDatabases.OpenPostgres(database.ConnectionString))
        {
            var broadcast = new Broadcast("开会通知", "请回复", BroadcastKind.Notice, new BroadcastTargets([], [groupId], []), "test", DateTimeOffset.UtcNow);
            broadcast.Edit(null, null, null, null, requestAck: true);
            broadcast.MarkQueued(DateTimeOffset.UtcNow);
            var delivery = new Delivery(broadcast.Id, groupId, DateTimeOffset.UtcNow);
            delivery.MarkDelivered(null, null, DateTimeOffset.UtcNow);
            db.Broadcasts.Add(broadcast);
            db.Deliveries.Add(delivery);
            await db.SaveChangesAsync(Ct);
            deliveryId = delivery.Id;
        }

        await chat.SayAsync("收到");
        await chat.SayAsync("1");

        await using var check = TestDatabases.OpenPostgres(database.ConnectionString);
        Assert.Equal(2, (await check.Deliveries.SingleAsync(d => d.Id == deliveryId, Ct)).Acknowledgements);
    }

    [Fact]
    public async Task OpenLetterTemplate_DraftsOnePerCommunity_WithItsNameAndHotline()
    {
        var community = await (await _admin.PostAsJsonAsync("/api/communities", new { name = "模板社区", code = $"t{Guid.NewGuid():N}"[..12], hotline = "010-55556666" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);
        var id = community!["id"]!.GetValue<Guid>();

        var response = await _admin.PostAsJsonAsync("/api/broadcasts/from-template", new { template = "open-letter", communityIds = new[] { id } }, Ct);

        var drafts = await response.Content.ReadFromJsonAsync<JsonArray>(Ct);
        var broadcastId = drafts!.Single()!["broadcastId"]!.GetValue<Guid>();
        var detail = await _admin.GetFromJsonAsync<JsonObject>($"/api/broadcasts/{broadcastId}", Ct);
        Assert.Equal("draft", (string?)detail!["status"]);
        Assert.Contains("模板社区", (string?)detail["body"], StringComparison.Ordinal);
        Assert.Contains("010-55556666", (string?)detail["body"], StringComparison.Ordinal);
        Assert.DoesNotContain("{{", (string?)detail["body"], StringComparison.Ordinal);
        var bad = await _admin.PostAsJsonAsync("/api/broadcasts/from-template", new { template = "nope", communityIds = new[] { id } }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Security;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Admin;

public sealed class AdminBroadcastsTests() : AdminPagesHost(("secretary", Role.Secretary))
{
    [Fact]
    public async Task ScheduledBroadcast_IsCancelledFromItsStatusPage_AndCannotBeCancelledTwice()
    {
        using var admin = App.CreateClient(BotApp.AdminKey);
        var group = await admin.PostAsJsonAsync("/api/groups", new
        {
            communityId = OurCommunity.Id, name = "5号楼居民群", channel = "wecom",
            address = new { webhookUrl = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=00000000-0000-0000-0000-000000000001" }, tags = new[] { "5" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        var created = await (await admin.PostAsJsonAsync("/api/broadcasts", new
        {
            title = "明早停水通知", body = "明早8点至12点停水。", kind = "notice",
            targets = new { communityIds = new[] { OurCommunity.Id } }, sendAt = DateTimeOffset.UtcNow.AddHours(12),
        }, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var id = (string)created!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/broadcasts/{id}/send", null, Ct)).StatusCode);

        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "secretary");
        var page = $"/admin/broadcasts/{id}";
        Assert.Contains("id=\"cancel\"", await secretary.GetPageAsync(page), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(page + "?handler=Cancel", [], tokenFrom: page)).StatusCode);
        var after = await secretary.GetPageAsync(page);
        Assert.Contains("广播已取消", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cancel\"", after, StringComparison.Ordinal);
        var detail = await admin.GetFromJsonAsync<JsonObject>($"/api/broadcasts/{id}", Ct);
        Assert.Equal("cancelled", (string?)detail!["status"]);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/broadcasts/{id}/cancel", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task ComposedBroadcast_KeepsItsTagFilter_InTheDraftAndItsEditForm()
    {
        using var secretary = await AdminSession.SignInAsync(App.BaseAddress, "secretary");

        var saved = await secretary.PostFormAsync("/admin/broadcasts/compose", new()
        {
            ["Title"] = "致辖区居民的一封信", ["Body"] = "各位居民朋友：请配合防控。", ["Kind"] = "open-letter",
            ["CommunityIds"] = OurCommunity.Id.ToString(), ["Tags"] = "residents，5号楼", ["action"] = "draft",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = TestDatabases.OpenPostgres(ConnectionString);
        var draft = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Broadcasts, Ct);
        Assert.Equal(["residents", "5号楼"], draft.ParsedTargets.Tags);
        Assert.Contains("value=\"residents, 5号楼\"", await secretary.GetPageAsync($"/admin/broadcasts/compose/{draft.Id}"), StringComparison.Ordinal);
    }
}

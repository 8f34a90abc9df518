using System.Net;
using Microsoft.EntityFrameworkCore;
using CommunityNotices.Communities;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using CommunityNotices.Testing.Fakes;

namespace CommunityNotices.Bot.Tests.Admin;

public sealed class AdminCommunitiesTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly FakeWeComServer _wecom = new();
    private BotApp _app = null!;
    private Community _ours = null!;
    private Community _theirs = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await _wecom.StartAsync(Ct);
        _ours = new Community("幸福里社区", "xingfuli", "朝阳区", "12345", DateTimeOffset.UtcNow);
        _theirs = new Community("光明社区", "guangming", "海淀区", "12346", DateTimeOffset.UtcNow);
        await using (var db = TestDatabases.OpenPostgres(_database.ConnectionString))
        {
            db.Communities.AddRange(_ours, _theirs);
            await db.SaveChangesAsync(Ct);
        }

        await StaffAccounts.CreateAsync(_database.ConnectionString, "secretary", Role.Secretary, _ours.Id);
        _app = BotApp.OnPostgres(_database.ConnectionString, new() { ["Notifier:InProcess"] = "true", ["Deliveries:SweepSeconds"] = "1" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _wecom.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Secretary_AddsAWeComRobot_SeesItRedacted_AndATestSendReachesIt()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");
        var page = $"/admin/communities/{_ours.Id}";

        var bad = await secretary.PostFormAsync($"{page}?handler=AddGroup", new() { ["name"] = "5号楼", ["channel"] = "wecom", ["webhookUrl"] = "not a url" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("机器人地址无效", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var good = await secretary.PostFormAsync($"{page}?handler=AddGroup", new()
        {
            ["name"] = "5号楼居民群", ["channel"] = "wecom", ["webhookUrl"] = _wecom.WebhookUrl("robot-secret-key").AbsoluteUri,
        }, tokenFrom: page);
        Assert.True(good.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await good.Content.ReadAsStringAsync(Ct), "group-errors.{0,600}", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        var html = await secretary.GetPageAsync(page);
        Assert.Contains("5号楼居民群", html, StringComparison.Ordinal);
        Assert.DoesNotContain("robot-secret-key", html, StringComparison.Ordinal);

        var groupId = System.Text.RegularExpressions.Regex.Match(html, "groupId=([0-9a-f-]{36})").Groups[1].Value;
        var test = await secretary.PostFormAsync($"{page}?handler=Test&groupId={groupId}", [], tokenFrom: page);
        Assert.StartsWith("/admin/broadcasts/", test.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => _wecom.Delivered.Count == 1, TimeSpan.FromSeconds(30), () => "the test message was not delivered");
        Assert.Contains("已送达", await secretary.GetPageAsync(test.Headers.Location.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_RenamesRetagsAndDeactivatesAGroup_FromTheCommunityPage()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");
        var page = $"/admin/communities/{_ours.Id}";
        await secretary.PostFormAsync($"{page}?handler=AddGroup", new()
        {
            ["name"] = "5号楼", ["channel"] = "wecom", ["webhookUrl"] = _wecom.WebhookUrl("robot-edit").AbsoluteUri,
        }, tokenFrom: page);
        var groupId = System.Text.RegularExpressions.Regex.Match(await secretary.GetPageAsync(page), "groupId=([0-9a-f-]{36})").Groups[1].Value;

        var saved = await secretary.PostFormAsync($"{page}?handler=Group&groupId={groupId}", new() { ["name"] = "5号楼居民群", ["tags"] = "residents，5" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var off = await secretary.PostFormAsync($"{page}?handler=GroupActive&groupId={groupId}", new() { ["active"] = "false" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);

        await using var db = TestDatabases.OpenPostgres(_database.ConnectionString);
        var group = await db.Groups.SingleAsync(g => g.Id == Guid.Parse(groupId), Ct);
        Assert.Equal("5号楼居民群", group.Name);
        Assert.Equal(["residents", "5"], group.Tags);
        Assert.False(group.IsActive);

        // Another community's group is out of reach even with a crafted form.
        var theirs = await secretary.PostFormAsync($"/admin/communities/{_theirs.Id}?handler=GroupActive&groupId={groupId}", new() { ["active"] = "true" }, tokenFrom: page);
        Assert.NotEqual(HttpStatusCode.OK, theirs.StatusCode);
        db.ChangeTracker.Clear();
        Assert.False((await db.Groups.SingleAsync(g => g.Id == Guid.Parse(groupId), Ct)).IsActive);
    }

    [Fact]
    public async Task Secretary_SeesOnlyTheirCommunity_AndCannotOpenAnother()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var list = await secretary.GetPageAsync("/admin/communities");

        Assert.Contains("幸福里社区", list, StringComparison.Ordinal);
        Assert.DoesNotContain("光明社区", list, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", (await secretary.GetAsync($"/admin/communities/{_theirs.Id}")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunityPage_ShowsTheChatLinkThePosterEncodes_AndWarnsWhenNoPublicAddressIsSet()
    {
        using var secretary = await AdminSession.SignInAsync(_app.BaseAddress, "secretary");

        var page = await secretary.GetPageAsync($"/admin/communities/{_ours.Id}");

        Assert.Contains($"{_app.BaseAddress.AbsoluteUri}chat/xingfuli", page, StringComparison.Ordinal);
        Assert.Contains("未配置 WebChat:PublicBaseUrl", page, StringComparison.Ordinal);
        var poster = await secretary.GetAsync($"/admin/communities/{_ours.Id}/poster.png");
        Assert.Equal("image/png", poster.Content.Headers.ContentType?.MediaType);
        var theirs = await secretary.GetAsync($"/admin/communities/{_theirs.Id}/poster.png");
        Assert.StartsWith("/admin/access-denied", theirs.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

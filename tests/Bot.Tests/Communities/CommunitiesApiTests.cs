using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Bot.Communities;
using CommunityNotices.Security;
using CommunityNotices.Bot.Tests.Security;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Communities;

public sealed class CommunitiesApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private BotApp _app = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app = BotApp.OnPostgres(database.ConnectionString);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Create_Returns201WithTheCommunity_WhenValid()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);

        var response = await admin.PostAsJsonAsync("/api/communities", new { name = "幸福里社区", code = Code(), district = "北京市朝阳区", hotline = "010-12345678" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CommunityResponse>(Ct);
        Assert.Equal("幸福里社区", created!.Name);
        Assert.Equal($"/api/communities/{created.Id}", response.Headers.Location!.OriginalString);
        var fetched = await admin.GetFromJsonAsync<CommunityResponse>($"/api/communities/{created.Id}", Ct);
        Assert.Equal(created.Code, fetched!.Code);
    }

    [Fact]
    public async Task Create_Returns400NamingEachBadField_WhenInvalid()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);

        var response = await admin.PostAsJsonAsync("/api/communities", new { name = "", code = "Not A Code!", hotline = "call me" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("name"));
        Assert.True(errors.ContainsKey("code"));
        Assert.True(errors.ContainsKey("hotline"));
    }

    [Fact]
    public async Task Create_Returns400_WhenTheCodeIsTaken()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);
        var code = Code();
        await admin.PostAsJsonAsync("/api/communities", new { name = "甲", code, hotline = "12345" }, Ct);

        var response = await admin.PostAsJsonAsync("/api/communities", new { name = "乙", code, hotline = "12345" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already used", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"name\": 12, \"code\": {}}")]
    [InlineData("")]
    public async Task Create_Returns400NotServerError_WhenTheBodyIsMalformed(string body)
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await admin.PostAsync("/api/communities", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Patch_ChangesOnlyTheGivenFields()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);
        var created = await CreateAsync(admin, "旧名字");

        var response = await admin.PatchAsJsonAsync($"/api/communities/{created.Id}", new { hotline = "010-88886666" }, Ct);

        var updated = await response.Content.ReadFromJsonAsync<CommunityResponse>(Ct);
        Assert.Equal("旧名字", updated!.Name);
        Assert.Equal("010-88886666", updated.Hotline);
    }

    [Fact]
    public async Task Secretary_SeesOnlyTheirOwnCommunities()
    {
        using var admin = _app.CreateClient(BotApp.AdminKey);
        var mine = await CreateAsync(admin, "我的社区");
        var other = await CreateAsync(admin, "别的社区");
        var key = await ApiKeys.IssueAsync(database.ConnectionString, Role.Secretary, mine.Id);
        using var secretary = _app.CreateClient(key);

        var list = await secretary.GetFromJsonAsync<List<CommunityResponse>>("/api/communities", Ct);

        Assert.Equal([mine.Id], list!.Select(c => c.Id));
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/api/communities/{mine.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/communities/{other.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Secretary_CannotCreate()
    {
        var key = await ApiKeys.IssueAsync(database.ConnectionString, Role.Secretary);
        using var secretary = _app.CreateClient(key);

        var response = await secretary.PostAsJsonAsync("/api/communities", new { name = "x", code = Code(), hotline = "12345" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string Code() => $"c-{Guid.NewGuid():N}"[..20];

    private static async Task<CommunityResponse> CreateAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/communities", new { name, code = Code(), hotline = "12345" }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CommunityResponse>(Ct))!;
    }
}

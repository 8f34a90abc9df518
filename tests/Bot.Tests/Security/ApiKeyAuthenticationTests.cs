using System.Net;
using CommunityNotices.Security;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Tests.Security;

public sealed class ApiKeyAuthenticationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
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
    public async Task Api_Returns401_WithoutAKey()
    {
        using var client = _app.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/communities", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task Api_Returns401_WithAWrongKey(string key)
    {
        using var client = _app.CreateClient(apiKey: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {key}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/communities", Ct)).StatusCode);
    }

    [Fact]
    public async Task Api_Returns401_WithARevokedKey()
    {
        var key = ApiKey.Generate();
        await using (var db = TestDatabases.OpenPostgres(database.ConnectionString))
        {
            var apiKey = new ApiKey("revoked", key, Role.Admin, [], DateTimeOffset.UtcNow);
            apiKey.Revoke(DateTimeOffset.UtcNow);
            db.ApiKeys.Add(apiKey);
            await db.SaveChangesAsync(Ct);
        }

        using var client = _app.CreateClient(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/communities", Ct)).StatusCode);
    }

    [Fact]
    public async Task BootstrapKey_ExistsAsAnAdminKey_AfterStart()
    {
        using var client = _app.CreateClient(BotApp.AdminKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/communities", Ct)).StatusCode);
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var stored = await db.ApiKeys.SingleAsync(k => k.KeyHash == ApiKey.Hash(BotApp.AdminKey), Ct);
        Assert.Equal(Role.Admin, stored.Role);
        Assert.NotEqual(BotApp.AdminKey, stored.KeyHash);
    }

    [Fact]
    public async Task Viewer_Gets403_OnAnAdminRoute()
    {
        var key = await ApiKeys.IssueAsync(database.ConnectionString, Role.Viewer);
        using var client = _app.CreateClient(key);

        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/communities", content, Ct)).StatusCode);
    }
}

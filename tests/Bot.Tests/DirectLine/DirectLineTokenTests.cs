using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityNotices.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Bot.Tests.DirectLine;

/// <summary>Tokens are enforced: none or forged → 401, expired or another conversation's → 403, refreshable for a while.</summary>
public sealed class DirectLineTokenTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private BotApp _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["Notifier:InProcess"] = "false",
            ["DirectLine:TokenLifetime"] = "00:30:00",
            ["DirectLine:ResumeWindow"] = "02:00:00",
        })
        { TestServices = s => s.AddSingleton<TimeProvider>(_clock) };
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<DirectLineTestClient> StartedAsync()
    {
        var client = new DirectLineTestClient(_app.CreateClient(apiKey: null));
        await client.GenerateAsync(null, Ct);
        await client.StartAsync(Ct);
        return client;
    }

    private string ActivitiesOf(DirectLineTestClient c) => $"/v3/directline/conversations/{c.ConversationId}/activities";

    [Fact]
    public async Task MissingOrForgedToken_Gets401()
    {
        await using var client = await StartedAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ActivitiesOf(client), null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ActivitiesOf(client), "forged-token", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ActivitiesOf(client), client.Token[..^4] + "AAAA", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostRawAsync("{\"type\":\"message\",\"text\":\"hi\"}", Ct, token: "forged")).StatusCode);
    }

    [Fact]
    public async Task AnotherConversationsToken_Gets403_OnEveryEndpoint()
    {
        await using var mine = await StartedAsync();
        await using var theirs = await StartedAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.GetAsync(ActivitiesOf(theirs), mine.Token, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.GetAsync($"/v3/directline/conversations/{theirs.ConversationId}", mine.Token, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.PostRawAsync("{\"type\":\"message\",\"text\":\"hi\"}", Ct, token: mine.Token)).StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Gets403_ButRefreshesWithinTheResumeWindow()
    {
        await using var client = await StartedAsync();
        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(ActivitiesOf(client), client.Token, Ct)).StatusCode);

        using var http = _app.CreateClient(apiKey: null);
        using var refresh = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh");
        refresh.Headers.Authorization = new("Bearer", client.Token);
        var refreshed = await http.SendAsync(refresh, Ct);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal(client.ConversationId, (string?)body!["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ActivitiesOf(client), (string)body["token"]!, Ct)).StatusCode);

        _clock.Advance(TimeSpan.FromHours(3));
        using var late = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh");
        late.Headers.Authorization = new("Bearer", (string)body["token"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(late, Ct)).StatusCode);
    }

    [Fact]
    public async Task StreamWithoutAValidToken_IsRefusedBeforeTheUpgrade()
    {
        await using var client = await StartedAsync();
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        var url = new Uri(client.StreamUrl!.Split("?t=")[0] + "?t=forged");
        var error = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => socket.ConnectAsync(url, Ct));
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrlToken_OnlyOpensTheStream_AndOnlyForAShortWhile()
    {
        await using var client = await StartedAsync();
        var streamToken = Uri.UnescapeDataString(client.StreamUrl!.Split("?t=")[1].Split('&')[0]);
        Assert.NotEqual(client.Token, streamToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ActivitiesOf(client), streamToken, Ct)).StatusCode);

        // The conversation token does not go into URLs.
        var withConversationToken = new Uri(client.StreamUrl!.Split("?t=")[0] + "?t=" + Uri.EscapeDataString(client.Token));
        using (var socket = new System.Net.WebSockets.ClientWebSocket())
        {
            var error = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => socket.ConnectAsync(withConversationToken, Ct));
            Assert.Contains("401", error.Message, StringComparison.Ordinal);
        }

        _clock.Advance(TimeSpan.FromMinutes(3));
        using (var socket = new System.Net.WebSockets.ClientWebSocket())
        {
            var error = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => socket.ConnectAsync(new Uri(client.StreamUrl!), Ct));
            Assert.Contains("403", error.Message, StringComparison.Ordinal);
        }
    }
}

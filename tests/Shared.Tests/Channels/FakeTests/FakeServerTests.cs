using CommunityNotices.Channels;
using System.Diagnostics;
using System.Text.Json;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Shared.Tests.Channels.Support;

namespace CommunityNotices.Shared.Tests.Channels.FakeTests;

/// <summary>Behaviour every fake inherits, exercised through the WeCom fake.</summary>
public sealed class FakeServerTests : IAsyncLifetime
{
    private static readonly string Message = JsonSerializer.Serialize(new { msgtype = "text", text = new { content = "hi" } });

    private readonly HttpClient _http = TestHttp.Client();
    private FakeWeComServer _fake = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeWeComServer();
        await _fake.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public void BaseUrl_IsLoopbackWithAPort_WhenStarted()
    {
        Assert.Equal("127.0.0.1", _fake.BaseUrl.Host);
        Assert.NotEqual(0, _fake.BaseUrl.Port);
    }

    [Fact]
    public async Task FailNext_ResetsConnections_ThenServesNormally()
    {
        _fake.FailNext(2, FakeFault.ConnectionReset);

        await Assert.ThrowsAsync<HttpRequestException>(() => TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message));
        await Assert.ThrowsAsync<HttpRequestException>(() => TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message));
        var (status, _) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message);

        Assert.Equal(200, status);
        Assert.Equal([FakeFault.ConnectionReset, FakeFault.ConnectionReset, null], _fake.Received.Select(r => r.Fault));
        Assert.Single(_fake.Delivered);
    }

    [Fact]
    public async Task FailNext_Answers502_WhenBadGatewayRequested()
    {
        _fake.FailNext(1, FakeFault.BadGateway);

        var (status, body) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message);

        Assert.Equal(502, status);
        Assert.Contains("Bad Gateway", body, StringComparison.Ordinal);
        Assert.False(Assert.Single(_fake.Received).Accepted);
    }

    [Fact]
    public async Task Latency_DelaysEveryAnswer_WhenSet()
    {
        _fake.Latency = TimeSpan.FromMilliseconds(300);
        var stopwatch = Stopwatch.StartNew();

        await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message);

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Received_RecordsEveryRequest_WhenManyArriveConcurrently()
    {
        _fake.PerMinute = 1000;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k" + (i % 5)), Message)));

        Assert.Equal(50, _fake.Received.Count);
        Assert.Equal(50, _fake.Delivered.Count);
        Assert.Equal(5, _fake.Received.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public async Task ClearReceived_ForgetsRequests_WithoutResettingLimits()
    {
        _fake.PerMinute = 1;
        await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message);
        _fake.ClearReceived();

        var (_, body) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("k"), Message);

        Assert.Contains("45009", body, StringComparison.Ordinal);
        Assert.Single(_fake.Received);
    }

    [Fact]
    public async Task StartAsync_Throws_WhenAlreadyStarted()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _fake.StartAsync(Ct));
    }

    [Fact]
    public async Task DisposeAsync_StopsListening_WhenCalled()
    {
        var fake = new FakeWeComServer();
        await fake.StartAsync(Ct);
        var url = fake.WebhookUrl("k");

        await fake.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => TestHttp.PostJsonAsync(_http, url, Message));
    }

    [Fact]
    public void BaseUrl_Throws_WhenNotStarted()
    {
        Assert.Throws<InvalidOperationException>(() => new FakeWebhookServer().BaseUrl);
    }
}

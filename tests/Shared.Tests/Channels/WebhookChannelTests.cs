using CommunityNotices.Channels;
using System.Globalization;
using System.Text;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Channels.Internal;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class WebhookChannelTests : IAsyncLifetime
{
    private const string Path = "/hooks/community-42";
    private const string Secret = "whsec_4f2a9c1e7b";

    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeWebhookServer _fake = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeWebhookServer(_time) { Secret = Secret };
        await _fake.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private string Address => _fake.AddressFor(Path, Secret);

    [Fact]
    public async Task SendAsync_PostsSignedJsonAndReturnsId_WhenReceiverAccepts()
    {
        var channel = new WebhookChannel(_http, _time);
        var message = TestHttp.Notice(markdown: "明天 **9:00** 停水，[详情](https://example.org/n/1)", mentions: ["13800001111"]);

        var outcome = await channel.SendAsync(Address, message, Ct);

        Assert.Equal(SendOutcome.Delivered("msg-1"), outcome);
        var request = Assert.Single(_fake.Received);
        Assert.Equal(Path, request.Key);
        Assert.Equal(
            """{"title":"停水通知","markdown":"明天 **9:00** 停水，[详情](https://example.org/n/1)","text":"明天 9:00 停水，详情 (https://example.org/n/1)","mentionMobiles":["13800001111"],"sentAt":"2025-03-01T08:00:00.000Z"}""",
            request.RawBody);
        Assert.Equal(FakeWebhookServer.Sign(Encoding.UTF8.GetBytes(request.RawBody), Secret), request.Headers[WebhookChannel.SignatureHeader]);
        Assert.Equal(TestHttp.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), request.Headers[WebhookChannel.TimestampHeader]);
    }

    [Fact]
    public async Task SendAsync_ReturnsDeliveredWithoutId_WhenReceiverSendsNoBody()
    {
        _fake.ReturnMessageIds = false;
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal(SendOutcome.Delivered(), outcome);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfterFromHeader_WhenReceiverAnswers429()
    {
        _fake.RespondNext(1, 429, TimeSpan.FromSeconds(7));
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
        Assert.StartsWith("HTTP 429", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfterFromHeader_WhenReceiverAnswers503()
    {
        _fake.RespondNext(1, 503, TimeSpan.FromSeconds(120));
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.RetryAfter, TimeSpan.FromSeconds(120)), (outcome.Status, outcome.RetryAfter));
    }

    [Fact]
    public async Task SendAsync_ReturnsDefaultBackoff_WhenReceiverAnswers500WithoutRetryAfter()
    {
        _fake.RespondNext(1, 500);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.RetryAfter, RetryDelays.Transient), (outcome.Status, outcome.RetryAfter));
    }

    [Fact]
    public async Task SendAsync_ReturnsMinuteBackoff_WhenReceiverAnswers429WithoutRetryAfter()
    {
        _fake.RespondNext(1, 429);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.RetryAfter, TimeSpan.FromMinutes(1)), (outcome.Status, outcome.RetryAfter));
    }

    [Fact]
    public async Task SendAsync_FailsAndDeactivates_WhenEndpointIsGone()
    {
        _fake.MarkGone(Path);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, true), (outcome.Status, outcome.DeactivateGroup));
        Assert.StartsWith("HTTP 410", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsAndDeactivates_WhenEndpointAnswers404()
    {
        _fake.RespondNext(1, 404);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, true), (outcome.Status, outcome.DeactivateGroup));
    }

    [Fact]
    public async Task SendAsync_FailsWithoutDeactivating_WhenSecretIsWrong()
    {
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Path, "not-the-secret"), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, false), (outcome.Status, outcome.DeactivateGroup));
        Assert.StartsWith("HTTP 401", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutDeactivating_WhenReceiverAnswers400()
    {
        _fake.RespondNext(1, 400);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, false), (outcome.Status, outcome.DeactivateGroup));
    }

    [Fact]
    public async Task SendAsync_DoesNotFollowRedirect_WhenReceiverAnswers302()
    {
        _fake.RespondNext(1, 302);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Contains("redirects are not followed", outcome.Reason, StringComparison.Ordinal);
        Assert.Single(_fake.Received);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsReset()
    {
        _fake.FailNext(1, FakeFault.ConnectionReset);
        var channel = new WebhookChannel(_http, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsRefused()
    {
        var channel = new WebhookChannel(_http, _time);
        var address = $$"""{"url":"http://127.0.0.1:{{TestHttp.ClosedPort()}}/hooks/x","secret":"s"}""";

        var outcome = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.RetryAfter, RetryDelays.Transient), (outcome.Status, outcome.RetryAfter));
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenRequestTimesOut()
    {
        _fake.Latency = TimeSpan.FromSeconds(2);
        using var impatient = TestHttp.Client(TimeSpan.FromMilliseconds(200));
        var channel = new WebhookChannel(impatient, _time);

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.StartsWith("timed out", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutSending_WhenMessageExceedsConfiguredLimit()
    {
        var channel = new WebhookChannel(_http, _time, new ChannelLimits(10, null, 100, true, null));

        var outcome = await channel.SendAsync(Address, TestHttp.Notice(markdown: new string('x', 200)), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Equal(10, channel.Limits.PerMinute);
        Assert.Empty(_fake.Received);
    }

    [Theory]
    [InlineData(200, """{"id":"abc"}""", "abc")]
    [InlineData(201, """{"id":12345}""", "12345")]
    [InlineData(202, """{"ok":true}""", null)]
    [InlineData(204, "", null)]
    [InlineData(200, "not json", null)]
    [InlineData(200, """["id"]""", null)]
    public void Classify_ReadsIdIfPresent_WhenStatusIs2xx(int status, string body, string? id)
    {
        Assert.Equal(SendOutcome.Delivered(id), WebhookChannel.Classify(new HttpExchange(status, body, null, null)));
    }

    [Fact]
    public void Limits_DefaultToSixtyPerMinuteAnd256KB_WhenNotConfigured()
    {
        Assert.Equal(new ChannelLimits(60, null, 256 * 1024, true, null), new WebhookChannel(_http).Limits);
    }
}

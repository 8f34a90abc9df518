using CommunityNotices.Channels;
using System.Globalization;
using System.Web;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Channels.Internal;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class DingTalkChannelTests : IAsyncLifetime
{
    private const string Token = "b955c1f0d2a94e6f8b7a3c5d9e1f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f";
    private const string Secret = "SECf094e0d33f7a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9";

    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeDingTalkServer _fake = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeDingTalkServer(_time);
        _fake.AddRobot(Token, Secret);
        await _fake.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task SendAsync_PostsSignedMarkdown_WhenRobotIsValid()
    {
        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendOutcome.Delivered(), outcome);
        var request = Assert.Single(_fake.Received);
        Assert.True(request.Accepted);
        var query = HttpUtility.ParseQueryString(new Uri(_fake.BaseUrl, request.PathAndQuery).Query);
        var timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds();
        Assert.Equal(Token, query["access_token"]);
        Assert.Equal(timestamp.ToString(CultureInfo.InvariantCulture), query["timestamp"]);
        Assert.Equal(FakeDingTalkServer.Sign(timestamp, Secret), query["sign"]);
        Assert.Equal(
            """{"msgtype":"markdown","markdown":{"title":"停水通知","text":"**停水通知**\n\n明天 **9:00** 停水"}}""",
            request.RawBody);
    }

    [Fact]
    public async Task SendAsync_UrlEncodesSign_WhenSignatureContainsPlusOrSlash()
    {
        // Find a moment whose signature needs URL-encoding, to prove '+' and '/' survive the query string.
        while (!FakeDingTalkServer.Sign(_time.GetUtcNow().ToUnixTimeMilliseconds(), Secret).AsSpan().ContainsAny('+', '/'))
        {
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.Delivered, outcome.Status);
        var pathAndQuery = Assert.Single(_fake.Received).PathAndQuery;
        Assert.Matches("sign=[^&]*%2[BF]", pathAndQuery);
    }

    [Fact]
    public async Task SendAsync_AppendsMentionsToTextAndAt_WhenMessageMentionsMobiles()
    {
        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(
            _fake.AddressFor(Token, Secret),
            TestHttp.Notice(title: "", markdown: "请业主留意", mentions: ["13800001111", "13900002222"]),
            Ct);

        Assert.Equal(SendStatus.Delivered, outcome.Status);
        Assert.Equal(
            """{"msgtype":"markdown","markdown":{"title":"请业主留意","text":"请业主留意\n\n@13800001111 @13900002222"},"at":{"atMobiles":["13800001111","13900002222"],"isAtAll":false}}""",
            Assert.Single(_fake.Received).RawBody);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfterTenMinutes_WhenRobotExceedsTwentyPerMinute()
    {
        var channel = new DingTalkChannel(_http, _time);
        var address = _fake.AddressFor(Token, Secret);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(SendStatus.Delivered, (await channel.SendAsync(address, TestHttp.Notice(), Ct)).Status);
        }

        var outcome = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.Equal(TimeSpan.FromMinutes(10), outcome.RetryAfter);
        Assert.StartsWith("errcode 130101", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(channel.Limits.LockoutWhenExceeded, outcome.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_DeliversAgain_WhenLockoutHasPassed()
    {
        var channel = new DingTalkChannel(_http, _time);
        var address = _fake.AddressFor(Token, Secret);
        for (var i = 0; i < 21; i++)
        {
            await channel.SendAsync(address, TestHttp.Notice(), Ct);
        }

        _time.Advance(TimeSpan.FromMinutes(9));
        var stillLocked = await channel.SendAsync(address, TestHttp.Notice(), Ct);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var unlocked = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, stillLocked.Status);
        Assert.Equal(SendStatus.Delivered, unlocked.Status);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutDeactivating_WhenSecretDoesNotMatch()
    {
        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, "SECwrong"), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, false), (outcome.Status, outcome.DeactivateGroup));
        Assert.StartsWith("errcode 310000: sign not match", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutDeactivating_WhenClockIsOffByMoreThanAnHour()
    {
        var skewed = new FakeTimeProvider(TestHttp.Start - TimeSpan.FromHours(2));
        var channel = new DingTalkChannel(_http, skewed);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, false), (outcome.Status, outcome.DeactivateGroup));
        Assert.StartsWith("errcode 310000", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsAndDeactivates_WhenTokenDoesNotExist()
    {
        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor("deadbeef", Secret), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, true), (outcome.Status, outcome.DeactivateGroup));
        Assert.Equal("errcode 300001: token is not exist", outcome.Reason);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenGatewayAnswers502()
    {
        _fake.FailNext(1, FakeFault.BadGateway);
        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsReset()
    {
        _fake.FailNext(1, FakeFault.ConnectionReset);
        var channel = new DingTalkChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsRefused()
    {
        var channel = new DingTalkChannel(_http, _time);
        var address = $$"""{"webhookUrl":"http://127.0.0.1:{{TestHttp.ClosedPort()}}/robot/send?access_token={{Token}}","secret":"{{Secret}}"}""";

        var outcome = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.DoesNotContain(Token, outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenRequestTimesOut()
    {
        _fake.Latency = TimeSpan.FromSeconds(2);
        using var impatient = TestHttp.Client(TimeSpan.FromMilliseconds(200));
        var channel = new DingTalkChannel(impatient, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.StartsWith("timed out", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"errcode":0,"errmsg":"ok"}""", SendStatus.Delivered, false)]
    [InlineData("""{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}""", SendStatus.RetryAfter, false)]
    [InlineData("""{"errcode":310000,"errmsg":"keywords not in content"}""", SendStatus.Failed, false)]
    [InlineData("""{"errcode":300001,"errmsg":"token is not exist"}""", SendStatus.Failed, true)]
    [InlineData("""{"errcode":300005,"errmsg":"token is not exist"}""", SendStatus.Failed, true)]
    [InlineData("""{"errcode":-1,"errmsg":"系统繁忙"}""", SendStatus.RetryAfter, false)]
    [InlineData("""{"errcode":40035,"errmsg":"缺少参数 json"}""", SendStatus.Failed, false)]
    public void Classify_ReadsJsonBody_WhenHttpStatusIs200(string body, SendStatus status, bool deactivate)
    {
        var outcome = DingTalkChannel.Classify(new HttpExchange(200, body, null, null));

        Assert.Equal((status, deactivate), (outcome.Status, outcome.DeactivateGroup));
    }

    [Fact]
    public void SignedUrl_MatchesDingTalkFormula_WhenGivenKnownValues()
    {
        var url = DingTalkChannel.SignedUrl(new Uri("https://oapi.dingtalk.com/robot/send?access_token=abc"), "SECxyz", 1_700_000_000_000);

        var expected = Uri.EscapeDataString(FakeDingTalkServer.Sign(1_700_000_000_000, "SECxyz"));
        Assert.Equal($"https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign={expected}", url.AbsoluteUri);
    }

    [Fact]
    public void BuildBody_UsesFirstLineAsTitle_WhenTitleIsEmpty()
    {
        var (body, _) = DingTalkChannel.BuildBody(new OutgoingMessage("", "# 电梯停运\n\n3 号楼电梯今日停运"));

        using var document = System.Text.Json.JsonDocument.Parse(body!);
        Assert.Equal("电梯停运", document.RootElement.GetProperty("markdown").GetProperty("title").GetString());
    }

    [Fact]
    public void Limits_MatchDingTalkRobotRules_Always()
    {
        Assert.Equal(new ChannelLimits(20, null, 12_000, true, TimeSpan.FromMinutes(10)), new DingTalkChannel(_http).Limits);
    }
}

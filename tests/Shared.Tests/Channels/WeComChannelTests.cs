using CommunityNotices.Channels;
using CommunityNotices.Groups;
using System.Text;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Channels.Internal;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class WeComChannelTests : IAsyncLifetime
{
    private const string Key = "693a91f6-7aoc-4bc4-97a0-0ec2sifa5aaa";

    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeWeComServer _fake = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeWeComServer(_time);
        await _fake.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task SendAsync_PostsMarkdownBody_WhenMessageHasNoMentions()
    {
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct);

        Assert.Equal(SendOutcome.Delivered(), outcome);
        var request = Assert.Single(_fake.Received);
        Assert.Equal(Key, request.Key);
        Assert.Equal("/cgi-bin/webhook/send?key=" + Key, request.PathAndQuery);
        Assert.Equal("""{"msgtype":"markdown","markdown":{"content":"**停水通知**\n\n明天 **9:00** 停水"}}""", request.RawBody);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_PostsTextWithMentionedMobiles_WhenMessageMentionsMobiles()
    {
        var channel = new WeComChannel(_http, _time);
        var message = TestHttp.Notice(markdown: "请 [查看详情](https://example.org/n/1)", mentions: ["13800001111", " 13900002222 ", "13800001111"]);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), message, Ct);

        Assert.Equal(SendStatus.Delivered, outcome.Status);
        Assert.Equal(
            """{"msgtype":"text","text":{"content":"停水通知\n\n请 查看详情 (https://example.org/n/1)","mentioned_mobile_list":["13800001111","13900002222"]}}""",
            Assert.Single(_fake.Received).RawBody);
    }

    [Fact]
    public async Task SendAsync_SendsMarkdownWithoutMentions_WhenTextFormWouldExceed2048Bytes()
    {
        var channel = new WeComChannel(_http, _time);
        var longBody = string.Concat(Enumerable.Repeat("通知内容", 200)); // 2400 bytes: too long for text, fine for markdown
        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(markdown: longBody, mentions: ["13800001111"]), Ct);

        Assert.Equal(SendStatus.Delivered, outcome.Status);
        Assert.Equal("markdown", Assert.Single(_fake.Received).Body!.Value.GetProperty("msgtype").GetString());
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfterOneMinute_WhenRobotSentTwentyThisMinute()
    {
        var channel = new WeComChannel(_http, _time);
        var address = _fake.AddressFor(Key);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(SendStatus.Delivered, (await channel.SendAsync(address, TestHttp.Notice(), Ct)).Status);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var outcome = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), outcome.RetryAfter);
        Assert.StartsWith("errcode 45009: api freq out of limit", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(1, _fake.TooFastAnswers);
    }

    [Fact]
    public async Task SendAsync_FailsAndDeactivates_WhenKeyIsInvalid()
    {
        _fake.RequireRegisteredKeys = true;
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor("not-a-registered-key"), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.True(outcome.DeactivateGroup);
        Assert.StartsWith("errcode 93000: invalid webhook url", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsAndDeactivates_WhenRobotWasRemoved()
    {
        var channel = new WeComChannel(_http, _time);
        Assert.Equal(SendStatus.Delivered, (await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct)).Status);
        _fake.RemoveKey(Key);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, true), (outcome.Status, outcome.DeactivateGroup));
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenGatewayAnswers502()
    {
        _fake.FailNext(1, FakeFault.BadGateway);
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.Equal(RetryDelays.Transient, outcome.RetryAfter);
        Assert.StartsWith("HTTP 502", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsReset()
    {
        _fake.FailNext(1, FakeFault.ConnectionReset);
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.StartsWith("network error", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(SendStatus.Delivered, (await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct)).Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsRefused()
    {
        var channel = new WeComChannel(_http, _time);
        var address = $$"""{"webhookUrl":"http://127.0.0.1:{{TestHttp.ClosedPort()}}/cgi-bin/webhook/send?key={{Key}}"}""";

        var outcome = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.Equal(RetryDelays.Transient, outcome.RetryAfter);
        Assert.Contains("ConnectionRefused", outcome.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenRequestTimesOut()
    {
        _fake.Latency = TimeSpan.FromSeconds(2);
        using var impatient = TestHttp.Client(TimeSpan.FromMilliseconds(200));
        var channel = new WeComChannel(impatient, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.StartsWith("timed out", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Throws_WhenCallerCancels()
    {
        _fake.Latency = TimeSpan.FromSeconds(2);
        var channel = new WeComChannel(_http, _time);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(), cancel.Token));
    }

    [Fact]
    public async Task SendAsync_FailsWithoutSending_WhenAddressIsInvalid()
    {
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync("""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send"}""", TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, false), (outcome.Status, outcome.DeactivateGroup));
        Assert.StartsWith("invalid WeCom address: webhookUrl: must carry key=", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.Received);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutSending_WhenMarkdownExceeds4096Bytes()
    {
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(markdown: new string('a', 5000)), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Contains("at most 4096", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.Received);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutSending_WhenMessageIsEmpty()
    {
        var channel = new WeComChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Key), new OutgoingMessage(" ", "  \n "), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Empty(_fake.Received);
    }

    [Theory]
    [InlineData("""{"errcode":0,"errmsg":"ok"}""", SendStatus.Delivered, false)]
    [InlineData("""{"errcode":40008,"errmsg":"invalid message type"}""", SendStatus.Failed, false)]
    [InlineData("""{"errcode":93000,"errmsg":"invalid webhook url"}""", SendStatus.Failed, true)]
    [InlineData("""{"errcode":45009,"errmsg":"api freq out of limit"}""", SendStatus.RetryAfter, false)]
    [InlineData("""{"errcode":-1,"errmsg":"system busy"}""", SendStatus.RetryAfter, false)]
    [InlineData("""<html>portal</html>""", SendStatus.RetryAfter, false)]
    public void Classify_ReadsJsonBody_WhenHttpStatusIs200(string body, SendStatus status, bool deactivate)
    {
        var outcome = WeComChannel.Classify(new HttpExchange(200, body, null, null));

        Assert.Equal((status, deactivate), (outcome.Status, outcome.DeactivateGroup));
    }

    [Fact]
    public void Classify_IncludesErrcodeAndErrmsg_WhenVendorRejects()
    {
        var outcome = WeComChannel.Classify(new HttpExchange(200, """{"errcode":40058,"errmsg":"markdown.content exceed max length 4096"}""", null, null));

        Assert.Equal("errcode 40058: markdown.content exceed max length 4096", outcome.Reason);
    }

    [Fact]
    public void Limits_MatchWeComRobotRules_Always()
    {
        var limits = new WeComChannel(_http).Limits;

        Assert.Equal(new ChannelLimits(20, null, 2048, true, null), limits);
        Assert.Equal(ChannelKind.WeCom, new WeComChannel(_http).Kind);
    }

    [Fact]
    public async Task SendAsync_KeepsChineseAsRawUtf8_WhenSerialisingBody()
    {
        var channel = new WeComChannel(_http, _time);

        await channel.SendAsync(_fake.AddressFor(Key), TestHttp.Notice(title: "", markdown: "电梯检修 🛗"), Ct);

        var raw = Assert.Single(_fake.Received).RawBody;
        Assert.Contains("电梯检修", raw, StringComparison.Ordinal);
        Assert.Equal("电梯检修 🛗", Assert.Single(_fake.Received).Body!.Value.GetProperty("markdown").GetProperty("content").GetString());
        Assert.True(Encoding.UTF8.GetByteCount(raw) < 80);
    }
}

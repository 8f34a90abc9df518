using CommunityNotices.Channels;
using System.Text.Json;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Channels.Internal;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class FeishuChannelTests : IAsyncLifetime
{
    private const string Token = "f19a6b2c-3d4e-4f50-8a61-7b8c9d0e1f2a";
    private const string Secret = "zs0TxQ1uVbNn2m3k4j5h6g";

    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeFeishuServer _fake = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeFeishuServer(_time);
        _fake.AddBot(Token, Secret);
        await _fake.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task SendAsync_PostsSignedInteractiveCard_WhenBotIsValid()
    {
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendOutcome.Delivered(), outcome);
        var request = Assert.Single(_fake.Received);
        Assert.True(request.Accepted);
        Assert.Equal(Token, request.Key);
        var seconds = _time.GetUtcNow().ToUnixTimeSeconds();
        var sign = FakeFeishuServer.Sign(seconds, Secret);
        Assert.Equal(
            $$$"""{"timestamp":"{{{seconds}}}","sign":"{{{sign}}}","msg_type":"interactive","card":{"config":{"wide_screen_mode":true},"header":{"title":{"tag":"plain_text","content":"停水通知"},"template":"blue"},"elements":[{"tag":"markdown","content":"明天 **9:00** 停水"}]}}""",
            request.RawBody);
    }

    [Fact]
    public void BuildBody_SignsWithTimestampAndSecretAsKey_NotAsData()
    {
        var (body, _) = FeishuChannel.BuildBody(TestHttp.Notice(), "secret", 1_599_360_473);

        using var document = JsonDocument.Parse(body!);
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("1599360473\nsecret"),
            Array.Empty<byte>()));
        Assert.Equal("1599360473", document.RootElement.GetProperty("timestamp").GetString());
        Assert.Equal(expected, document.RootElement.GetProperty("sign").GetString());
    }

    [Fact]
    public void BuildBody_OmitsHeader_WhenTitleIsEmpty()
    {
        var (body, _) = FeishuChannel.BuildBody(TestHttp.Notice(title: " "), "secret", 1);

        using var document = JsonDocument.Parse(body!);
        Assert.False(document.RootElement.GetProperty("card").TryGetProperty("header", out _));
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenSixthMessageInOneSecond()
    {
        var channel = new FeishuChannel(_http, _time);
        var address = _fake.AddressFor(Token, Secret);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(SendStatus.Delivered, (await channel.SendAsync(address, TestHttp.Notice(), Ct)).Status);
        }

        var tooFast = await channel.SendAsync(address, TestHttp.Notice(), Ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        var later = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, tooFast.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), tooFast.RetryAfter);
        Assert.StartsWith("code 11232: frequency limited", tooFast.Reason, StringComparison.Ordinal);
        Assert.Equal(SendStatus.Delivered, later.Status);
    }

    [Fact]
    public async Task SendAsync_FailsAndDeactivates_WhenHookTokenIsInvalid()
    {
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor("0000-removed", Secret), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, true), (outcome.Status, outcome.DeactivateGroup));
        Assert.Equal("code 19001: param invalid: incoming webhook access token invalid", outcome.Reason);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutDeactivating_WhenSignDoesNotMatch()
    {
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, "wrong-secret"), TestHttp.Notice(), Ct);

        Assert.Equal((SendStatus.Failed, false), (outcome.Status, outcome.DeactivateGroup));
        Assert.StartsWith("code 19021: sign match fail", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ReadsJsonCode_WhenErrorComesWithHttp400()
    {
        _fake.ErrorStatusCode = 400;
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, "wrong-secret"), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.StartsWith("code 19021", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutSending_WhenBodyWouldExceed20KB()
    {
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(markdown: new string('字', 7000)), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Contains("at most 20480", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.Received);
    }

    [Fact]
    public async Task SendAsync_DeliversLargestAllowedMessage_WhenWithinLimits()
    {
        var channel = new FeishuChannel(_http, _time);
        var markdown = new string('字', channel.Limits.MaxMessageBytes / 3);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(title: "", markdown: markdown), Ct);

        Assert.Equal(SendStatus.Delivered, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenGatewayAnswers502()
    {
        _fake.FailNext(1, FakeFault.BadGateway);
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.Equal(RetryDelays.Transient, outcome.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsReset()
    {
        _fake.FailNext(1, FakeFault.ConnectionReset);
        var channel = new FeishuChannel(_http, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenConnectionIsRefused()
    {
        var channel = new FeishuChannel(_http, _time);
        var address = $$"""{"webhookUrl":"http://127.0.0.1:{{TestHttp.ClosedPort()}}/open-apis/bot/v2/hook/{{Token}}","secret":"{{Secret}}"}""";

        var outcome = await channel.SendAsync(address, TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_ReturnsRetryAfter_WhenRequestTimesOut()
    {
        _fake.Latency = TimeSpan.FromSeconds(2);
        using var impatient = TestHttp.Client(TimeSpan.FromMilliseconds(200));
        var channel = new FeishuChannel(impatient, _time);

        var outcome = await channel.SendAsync(_fake.AddressFor(Token, Secret), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
    }

    [Theory]
    [InlineData(200, """{"code":0,"data":{},"msg":"success"}""", SendStatus.Delivered, false)]
    [InlineData(200, """{"StatusCode":0,"StatusMessage":"success"}""", SendStatus.Delivered, false)]
    [InlineData(200, """{"code":11232,"data":{},"msg":"frequency limited"}""", SendStatus.RetryAfter, false)]
    [InlineData(200, """{"code":19001,"data":{},"msg":"param invalid: incoming webhook access token invalid"}""", SendStatus.Failed, true)]
    [InlineData(200, """{"code":19022,"data":{},"msg":"Ip Not Allowed"}""", SendStatus.Failed, false)]
    [InlineData(200, """{"code":19024,"data":{},"msg":"Key Words Not Found"}""", SendStatus.Failed, false)]
    [InlineData(400, """{"code":9499,"data":{},"msg":"Bad Request"}""", SendStatus.Failed, false)]
    [InlineData(400, "Bad Request", SendStatus.Failed, false)]
    [InlineData(503, "", SendStatus.RetryAfter, false)]
    public void Classify_ReadsCode_WhateverTheHttpStatus(int status, string body, SendStatus expected, bool deactivate)
    {
        var outcome = FeishuChannel.Classify(new HttpExchange(status, body, null, null));

        Assert.Equal((expected, deactivate), (outcome.Status, outcome.DeactivateGroup));
    }

    [Fact]
    public void Limits_MatchFeishuBotRules_Always()
    {
        Assert.Equal(new ChannelLimits(100, 5, 12_000, true, null), new FeishuChannel(_http).Limits);
    }
}

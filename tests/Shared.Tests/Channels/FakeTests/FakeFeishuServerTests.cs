using CommunityNotices.Channels;
using System.Text.Json;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels.FakeTests;

public sealed class FakeFeishuServerTests : IAsyncLifetime
{
    private const string Secret = "feishu-secret";

    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeFeishuServer _fake = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeFeishuServer(_time);
        _fake.AddBot("hook", Secret);
        await _fake.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private string SignedText(string text = "hi", string secret = Secret, long? timestamp = null)
    {
        var seconds = timestamp ?? _time.GetUtcNow().ToUnixTimeSeconds();
        return JsonSerializer.Serialize(new
        {
            timestamp = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            sign = FakeFeishuServer.Sign(seconds, secret),
            msg_type = "text",
            content = new { text },
        });
    }

    private async Task<long> PostAsync(string json, string token = "hook")
    {
        var (_, body) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl(token), json);
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetInt64();
    }

    [Fact]
    public async Task Post_Answers11232_WhenSixthMessageWithinOneSecond()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(0, await PostAsync(SignedText()));
        }

        Assert.Equal(FakeFeishuServer.TooFast, await PostAsync(SignedText()));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await PostAsync(SignedText()));
    }

    [Fact]
    public async Task Post_Answers11232_WhenHundredFirstMessageWithinOneMinute()
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(0, await PostAsync(SignedText()));
            _time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.Equal(FakeFeishuServer.TooFast, await PostAsync(SignedText()));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await PostAsync(SignedText()));
        Assert.Equal(1, _fake.TooFastAnswers);
    }

    [Fact]
    public async Task Post_Answers19021_WhenSignIsWrongOrStale()
    {
        Assert.Equal(FakeFeishuServer.SignMismatch, await PostAsync(SignedText(secret: "other")));
        Assert.Equal(
            FakeFeishuServer.SignMismatch,
            await PostAsync(SignedText(timestamp: (TestHttp.Start - TimeSpan.FromHours(2)).ToUnixTimeSeconds())));
        Assert.Equal(FakeFeishuServer.SignMismatch, await PostAsync("""{"msg_type":"text","content":{"text":"unsigned"}}"""));
    }

    [Fact]
    public async Task Post_Answers9499_WhenBodyExceeds20KB()
    {
        Assert.Equal(FakeFeishuServer.BadRequest, await PostAsync(SignedText(new string('a', FakeFeishuServer.MaxBodyBytes))));
    }

    [Fact]
    public async Task Post_Answers19001_WhenHookTokenIsUnknownOrRemoved()
    {
        Assert.Equal(FakeFeishuServer.InvalidToken, await PostAsync(SignedText(), token: "unknown"));
        _fake.RemoveBot("hook");
        Assert.Equal(FakeFeishuServer.InvalidToken, await PostAsync(SignedText()));
    }

    [Fact]
    public async Task Post_UsesConfiguredStatus_WhenAnsweringErrors()
    {
        _fake.ErrorStatusCode = 400;

        var (status, _) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("hook"), SignedText(secret: "other"));

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Post_AnswersSuccessInBothFormats_WhenAccepted()
    {
        var (_, body) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl("hook"), SignedText());

        using var document = JsonDocument.Parse(body);
        Assert.Equal(0, document.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("StatusCode").GetInt32());
    }
}

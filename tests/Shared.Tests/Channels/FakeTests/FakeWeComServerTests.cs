using CommunityNotices.Channels;
using System.Text.Json;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels.FakeTests;

public sealed class FakeWeComServerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeWeComServer _fake = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeWeComServer(_time);
        await _fake.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private static string Markdown(string content) => JsonSerializer.Serialize(new { msgtype = "markdown", markdown = new { content } });

    private static string Text(string content) => JsonSerializer.Serialize(new { msgtype = "text", text = new { content } });

    private async Task<long> PostAsync(string key, string json)
    {
        var (status, body) = await TestHttp.PostJsonAsync(_http, _fake.WebhookUrl(key), json);
        Assert.Equal(200, status);
        return JsonDocument.Parse(body).RootElement.GetProperty("errcode").GetInt64();
    }

    [Fact]
    public async Task Post_Answers45009_WhenTwentyFirstMessageWithinSixtySeconds()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(0, await PostAsync("k", Markdown("hi")));
            _time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal(FakeWeComServer.TooFast, await PostAsync("k", Markdown("hi")));
        Assert.Equal(1, _fake.TooFastAnswers);
        Assert.Equal(20, _fake.Delivered.Count);
    }

    [Fact]
    public async Task Post_CountsARollingWindow_NotACalendarMinute()
    {
        for (var i = 0; i < 10; i++)
        {
            await PostAsync("k", Markdown("early"));
        }

        _time.Advance(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 10; i++)
        {
            await PostAsync("k", Markdown("late"));
        }

        _time.Advance(TimeSpan.FromSeconds(29));
        var stillFull = await PostAsync("k", Markdown("x"));
        _time.Advance(TimeSpan.FromSeconds(1));
        var earlyOnesExpired = await PostAsync("k", Markdown("x"));

        Assert.Equal(FakeWeComServer.TooFast, stillFull);
        Assert.Equal(0, earlyOnesExpired);
    }

    [Fact]
    public async Task Post_KeepsSeparateLimits_ForDifferentKeys()
    {
        for (var i = 0; i < 20; i++)
        {
            await PostAsync("a", Markdown("hi"));
        }

        Assert.Equal(FakeWeComServer.TooFast, await PostAsync("a", Markdown("hi")));
        Assert.Equal(0, await PostAsync("b", Markdown("hi")));
    }

    [Fact]
    public async Task Post_HonoursConfiguredLimit_WhenPerMinuteChanged()
    {
        _fake.PerMinute = 2;

        var codes = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await PostAsync("k", Markdown("hi")));
        }

        Assert.Equal([0L, 0L, FakeWeComServer.TooFast], codes);
    }

    [Fact]
    public async Task Post_EnforcesByteLimits_ForTextAndMarkdown()
    {
        Assert.Equal(0, await PostAsync("k", Text(new string('a', 2048))));
        Assert.Equal(FakeWeComServer.ContentTooLong, await PostAsync("k", Text(new string('a', 2047) + "é")));
        Assert.Equal(0, await PostAsync("k", Markdown(new string('水', 1365))));
        Assert.Equal(FakeWeComServer.ContentTooLong, await PostAsync("k", Markdown(new string('水', 1366))));
    }

    [Fact]
    public async Task Post_Answers93000_WhenKeyIsNotRegisteredAndRegistrationRequired()
    {
        _fake.RequireRegisteredKeys = true;
        _fake.AddKey("known");

        Assert.Equal(FakeWeComServer.InvalidWebhook, await PostAsync("unknown", Markdown("hi")));
        Assert.Equal(0, await PostAsync("known", Markdown("hi")));
    }

    [Fact]
    public async Task Post_Answers93000_WhenKeyWasRemoved()
    {
        _fake.RemoveKey("k");

        Assert.Equal(FakeWeComServer.InvalidWebhook, await PostAsync("k", Markdown("hi")));
    }

    [Theory]
    [InlineData("""{"msgtype":"image","image":{}}""", FakeWeComServer.InvalidMessageType)]
    [InlineData("""{"msgtype":"text","text":{"content":""}}""", FakeWeComServer.EmptyContent)]
    [InlineData("""{"msgtype":"markdown"}""", FakeWeComServer.EmptyContent)]
    [InlineData("""not json""", FakeWeComServer.InvalidJson)]
    public async Task Post_RejectsMalformedMessages_WithWeComCodes(string json, long code)
    {
        Assert.Equal(code, await PostAsync("k", json));
        Assert.False(Assert.Single(_fake.Received).Accepted);
    }

    [Fact]
    public async Task Post_Answers404_WhenPathIsNotTheWebhook()
    {
        var (status, _) = await TestHttp.PostJsonAsync(_http, new Uri(_fake.BaseUrl, "/cgi-bin/other?key=k"), Markdown("hi"));

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Received_RecordsKeyBodyAndTime_ForEveryRequest()
    {
        await PostAsync("k", Markdown("hello"));

        var request = Assert.Single(_fake.Received);
        Assert.Equal("k", request.Key);
        Assert.Equal("hello", request.Body!.Value.GetProperty("markdown").GetProperty("content").GetString());
        Assert.Equal(TestHttp.Start, request.ReceivedAt);
        Assert.Equal((200, 0L, true), (request.StatusCode, request.ResultCode, request.Accepted));
    }
}

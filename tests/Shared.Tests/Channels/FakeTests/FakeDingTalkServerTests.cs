using CommunityNotices.Channels;
using System.Globalization;
using System.Text.Json;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels.FakeTests;

public sealed class FakeDingTalkServerTests : IAsyncLifetime
{
    private const string Secret = "SECabc123";
    private const string Body = """{"msgtype":"markdown","markdown":{"title":"t","text":"hello"}}""";

    private readonly FakeTimeProvider _time = new(TestHttp.Start);
    private readonly HttpClient _http = TestHttp.Client();
    private FakeDingTalkServer _fake = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeDingTalkServer(_time);
        _fake.AddRobot("tok", Secret);
        await _fake.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private Uri Signed(string token = "tok", string secret = Secret, bool encode = true)
    {
        var timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var sign = FakeDingTalkServer.Sign(timestamp, secret);
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{_fake.WebhookUrl(token)}&timestamp={timestamp}&sign={(encode ? Uri.EscapeDataString(sign) : sign)}"));
    }

    private async Task<long> PostAsync(Uri url, string json = Body)
    {
        var (_, body) = await TestHttp.PostJsonAsync(_http, url, json);
        return JsonDocument.Parse(body).RootElement.GetProperty("errcode").GetInt64();
    }

    [Fact]
    public async Task Post_AcceptsMessage_WhenSignatureIsCorrect()
    {
        Assert.Equal(0, await PostAsync(Signed()));
    }

    [Fact]
    public async Task Post_Answers310000_WhenSignatureIsWrongOrMissing()
    {
        Assert.Equal(FakeDingTalkServer.SecurityMismatch, await PostAsync(Signed(secret: "SECother")));
        Assert.Equal(FakeDingTalkServer.SecurityMismatch, await PostAsync(_fake.WebhookUrl("tok")));
    }

    [Fact]
    public async Task Post_Answers310000_WhenPlusInSignIsNotUrlEncoded()
    {
        while (!FakeDingTalkServer.Sign(_time.GetUtcNow().ToUnixTimeMilliseconds(), Secret).Contains('+', StringComparison.Ordinal))
        {
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(FakeDingTalkServer.SecurityMismatch, await PostAsync(Signed(encode: false)));
        Assert.Equal(0, await PostAsync(Signed()));
    }

    [Fact]
    public async Task Post_Answers310000_WhenTimestampIsMoreThanAnHourOld()
    {
        var url = Signed();
        _time.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(FakeDingTalkServer.SecurityMismatch, await PostAsync(url));
    }

    [Fact]
    public async Task Post_LocksTokenForTenMinutes_AfterTwentyFirstMessageInAMinute()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(0, await PostAsync(Signed()));
        }

        Assert.Equal(FakeDingTalkServer.TooFast, await PostAsync(Signed()));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(FakeDingTalkServer.TooFast, await PostAsync(Signed()));
        _time.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(0, await PostAsync(Signed()));
        Assert.Equal(2, _fake.TooFastAnswers);
    }

    [Fact]
    public async Task Post_Answers300001_WhenTokenIsUnknownOrRemoved()
    {
        Assert.Equal(FakeDingTalkServer.TokenNotExist, await PostAsync(Signed(token: "nope")));
        _fake.RemoveRobot("tok");
        Assert.Equal(FakeDingTalkServer.TokenNotExist, await PostAsync(Signed()));
    }

    [Fact]
    public async Task Post_AcceptsUnsignedRequest_WhenRobotHasNoSecret()
    {
        _fake.AddRobot("open", secret: null);

        Assert.Equal(0, await PostAsync(_fake.WebhookUrl("open")));
    }

    [Theory]
    [InlineData("""{"msgtype":"markdown","markdown":{"text":"no title"}}""")]
    [InlineData("""{"msgtype":"link"}""")]
    [InlineData("""[]""")]
    public async Task Post_Answers40035_WhenRequiredFieldsAreMissing(string json)
    {
        Assert.Equal(FakeDingTalkServer.MissingParameter, await PostAsync(Signed(), json));
    }

    [Fact]
    public async Task Post_RejectsText_WhenLongerThan20000Bytes()
    {
        var json = JsonSerializer.Serialize(new { msgtype = "text", text = new { content = new string('a', 20_001) } });

        Assert.Equal(FakeDingTalkServer.MessageTooLong, await PostAsync(Signed(), json));
    }
}

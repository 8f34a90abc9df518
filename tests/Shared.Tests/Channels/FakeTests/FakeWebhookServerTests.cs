using CommunityNotices.Channels;
using System.Net.Http.Headers;
using System.Text;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Shared.Tests.Channels.Support;

namespace CommunityNotices.Shared.Tests.Channels.FakeTests;

public sealed class FakeWebhookServerTests : IAsyncLifetime
{
    private readonly HttpClient _http = TestHttp.Client();
    private FakeWebhookServer _fake = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = new FakeWebhookServer { Secret = "s3cret" };
        await _fake.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json, string? secret = "s3cret")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _fake.UrlFor(path));
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (secret is not null)
        {
            request.Headers.Add(FakeWebhookServer.SignatureHeader, FakeWebhookServer.Sign(Encoding.UTF8.GetBytes(json), secret));
            request.Headers.Add(FakeWebhookServer.TimestampHeader, "1740816000");
        }

        return await _http.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Post_Answers401_WhenSignatureIsMissingOrWrong()
    {
        using var missing = await PostAsync("/h", "{}", secret: null);
        using var wrong = await PostAsync("/h", "{}", secret: "other");

        Assert.Equal(401, (int)missing.StatusCode);
        Assert.Equal(401, (int)wrong.StatusCode);
    }

    [Fact]
    public async Task Post_AnswersIncreasingIds_WhenSignatureIsValid()
    {
        using var first = await PostAsync("/h", "{}");
        using var second = await PostAsync("/h", "{}");

        Assert.Equal("""{"id":"msg-1"}""", await first.Content.ReadAsStringAsync(Ct));
        Assert.Equal("""{"id":"msg-2"}""", await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Post_AnswersScriptedStatusWithRetryAfter_ThenRecovers()
    {
        _fake.RespondNext(2, 429, TimeSpan.FromSeconds(5));

        using var first = await PostAsync("/h", "{}");
        using var second = await PostAsync("/h", "{}");
        using var third = await PostAsync("/h", "{}");

        Assert.Equal([429, 429, 200], [(int)first.StatusCode, (int)second.StatusCode, (int)third.StatusCode]);
        Assert.Equal(new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)), first.Headers.RetryAfter);
        Assert.Equal(2, _fake.TooFastAnswers);
    }

    [Fact]
    public async Task Post_Answers410_WhenPathMarkedGone()
    {
        _fake.MarkGone("/old");

        using var gone = await PostAsync("/old", "{}");
        using var other = await PostAsync("/new", "{}");

        Assert.Equal((410, 200), ((int)gone.StatusCode, (int)other.StatusCode));
    }
}

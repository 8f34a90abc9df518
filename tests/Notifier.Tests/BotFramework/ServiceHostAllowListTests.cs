using CommunityNotices.Notifier.BotFramework;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace CommunityNotices.Notifier.Tests.BotFramework;

public sealed class ServiceHostAllowListTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/apac/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://bots.example.org/", true)]
    [InlineData("https://example.org.evil.com/", false)]
    [InlineData("https://evil.com/", false)]
    [InlineData("http://webchat.botframework.com/", false)]
    [InlineData("http://127.0.0.1:5000/", false)]
    public void IsAllowed_FollowsTheAllowList_InProduction(string url, bool allowed) =>
        Assert.Equal(allowed, Create(Environments.Production, "*.example.org").IsAllowed(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://[::1]:3978/")]
    public void IsAllowed_AcceptsLoopback_InDevelopment(string url) =>
        Assert.True(Create(Environments.Development).IsAllowed(new Uri(url)));

    [Fact]
    public async Task Handler_RefusesTheCall_WhenTheHostIsNotAllowed()
    {
        using var inner = new RecordingHandler();
        using var handler = new AllowListHandler(Create(Environments.Production), Microsoft.Extensions.Logging.Abstractions.NullLogger<AllowListHandler>.Instance)
        {
            InnerHandler = inner,
        };
        using var client = new HttpClient(handler);

        var response = await client.PostAsync(new Uri("https://attacker.example/v3/conversations/x/activities"), null, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, inner.Calls);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }

    private static ServiceHostAllowList Create(string environment, params string[] extraHosts)
    {
        var env = new Mock<IHostEnvironment>();
        env.SetupGet(e => e.EnvironmentName).Returns(environment);
        return new ServiceHostAllowList(Options.Create(new BotFrameworkOptions { AllowedServiceHosts = [.. extraHosts] }), env.Object);
    }
}

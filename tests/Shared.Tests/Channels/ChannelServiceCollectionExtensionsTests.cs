using CommunityNotices.Channels;
using CommunityNotices.Groups;
using CommunityNotices.Testing.Fakes;
using CommunityNotices.Shared.Tests.Channels.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class ChannelServiceCollectionExtensionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void AddCommunityNoticesChannels_RegistersOneChannelPerWebHookKind_WhenCalledTwice()
    {
        var services = new ServiceCollection();
        services.AddCommunityNoticesChannels();
        services.AddCommunityNoticesChannels();
        using var provider = services.BuildServiceProvider();

        var kinds = provider.GetServices<IChannel>().Select(channel => channel.Kind).ToList();

        Assert.Equal([ChannelKind.WeCom, ChannelKind.DingTalk, ChannelKind.Feishu, ChannelKind.Webhook], kinds);
        Assert.Same(provider.GetRequiredService<WeComChannel>(), provider.GetServices<IChannel>().First());
    }

    [Fact]
    public void AddCommunityNoticesChannels_UsesRegisteredTimeProviderAndWebhookLimits_WhenGiven()
    {
        var services = new ServiceCollection();
        var limits = new ChannelLimits(5, 1, 1000, false, null);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestHttp.Start));
        services.AddCommunityNoticesChannels(webhookLimits: limits);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<FakeTimeProvider>(provider.GetRequiredService<TimeProvider>());
        Assert.Same(limits, provider.GetRequiredService<WebhookChannel>().Limits);
    }

    [Fact]
    public async Task ResolvedChannel_DeliversThroughFactoryClient_WhenFakeIsRunning()
    {
        await using var fake = new FakeWeComServer();
        await fake.StartAsync(Ct);
        var services = new ServiceCollection();
        services.AddCommunityNoticesChannels();
        using var provider = services.BuildServiceProvider();

        var outcome = await provider.GetRequiredService<WeComChannel>().SendAsync(fake.AddressFor("k"), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.Delivered, outcome.Status);
    }

    [Fact]
    public async Task RegisteredClient_DoesNotFollowRedirects_WhenReceiverRedirects()
    {
        await using var fake = new FakeWebhookServer();
        await fake.StartAsync(Ct);
        fake.RespondNext(1, 307, location: fake.UrlFor("/elsewhere"));
        var services = new ServiceCollection();
        services.AddCommunityNoticesChannels();
        using var provider = services.BuildServiceProvider();

        var outcome = await provider.GetRequiredService<WebhookChannel>().SendAsync(fake.AddressFor("/hook", "s"), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Equal("/hook", Assert.Single(fake.Received).Key);
    }

    [Fact]
    public async Task RegisteredClient_UsesRequestTimeout_WhenGiven()
    {
        await using var fake = new FakeWeComServer { Latency = TimeSpan.FromSeconds(2) };
        await fake.StartAsync(Ct);
        var services = new ServiceCollection();
        services.AddCommunityNoticesChannels(requestTimeout: TimeSpan.FromMilliseconds(200));
        using var provider = services.BuildServiceProvider();

        var outcome = await provider.GetRequiredService<WeComChannel>().SendAsync(fake.AddressFor("k"), TestHttp.Notice(), Ct);

        Assert.Equal(SendStatus.RetryAfter, outcome.Status);
        Assert.StartsWith("timed out", outcome.Reason, StringComparison.Ordinal);
    }
}

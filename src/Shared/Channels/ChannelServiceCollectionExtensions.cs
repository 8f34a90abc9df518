using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityNotices.Channels;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> every channel registered here sends through.</summary>
    public const string HttpClientName = "CommunityNotices.Channels";

    /// <summary>The default whole-request timeout: vendors answer in well under a second when they are healthy.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Registers the four web-hook channels (each as itself and as <see cref="IChannel"/>), a
    /// <see cref="TimeProvider"/> if none is registered, and their named HTTP client.
    /// </summary>
    /// <remarks>
    /// The client never follows redirects: addresses are checked against a host allow-list when they are saved, and a
    /// redirect would let an endpoint send the request (and a WeCom key in its URL) somewhere that was never checked.
    /// </remarks>
    /// <returns>The HTTP client builder, to add handlers (logging, proxies) to.</returns>
    public static IHttpClientBuilder AddCommunityNoticesChannels(
        this IServiceCollection services,
        TimeSpan? requestTimeout = null,
        ChannelLimits? webhookLimits = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        var builder = services
            .AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = requestTimeout ?? DefaultRequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
            });

        // Calling this twice must not register every channel twice as IChannel.
        if (services.Any(descriptor => descriptor.ServiceType == typeof(WeComChannel)))
        {
            return builder;
        }

        services.AddSingleton(sp => new WeComChannel(Factory(sp), HttpClientName, Time(sp)));
        services.AddSingleton(sp => new DingTalkChannel(Factory(sp), HttpClientName, Time(sp)));
        services.AddSingleton(sp => new FeishuChannel(Factory(sp), HttpClientName, Time(sp)));
        services.AddSingleton(sp => new WebhookChannel(Factory(sp), HttpClientName, Time(sp), webhookLimits));
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<WeComChannel>());
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<DingTalkChannel>());
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<FeishuChannel>());
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<WebhookChannel>());
        return builder;
    }

    private static IHttpClientFactory Factory(IServiceProvider services) => services.GetRequiredService<IHttpClientFactory>();

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}

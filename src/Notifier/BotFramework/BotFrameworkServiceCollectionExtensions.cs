using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Bot Framework credentials, the outbound allow-list and an adapter for proactive messages. Idempotent: the Bot
    /// host calls it too and registers its own CloudAdapter as the <see cref="CloudAdapterBase"/> first.
    /// </summary>
    public static IServiceCollection AddBotFrameworkOutbound(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton<ServiceHostAllowList>();
        services.TryAddSingleton<TranscriptSignal>();
        services.TryAddSingleton<DirectLineTranscript>();
        services.TryAddTransient<AllowListHandler>();
        services.AddHttpClient(AllowListHttpClientFactory.ClientName).AddHttpMessageHandler<AllowListHandler>();
        services.TryAddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>().GetSection(BotFrameworkOptions.Section),
            httpClientFactory: new AllowListHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>()),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.TryAddSingleton<CloudAdapterBase>(sp => new ProactiveAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<ProactiveAdapter>>()));
        return services;
    }
}

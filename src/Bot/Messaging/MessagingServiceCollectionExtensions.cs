using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Bot Framework: authentication, the CloudAdapter, database-backed state and the bot.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddSingleton<ServiceHostAllowList>();
        services.AddTransient<AllowListHandler>();
        services.AddHttpClient(AllowListHttpClientFactory.ClientName).AddHttpMessageHandler<AllowListHandler>();

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>().GetSection(BotFrameworkOptions.Section),
            httpClientFactory: new AllowListHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>()),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        // Constructed explicitly: DI finds CloudAdapter's constructors ambiguous.
        services.AddSingleton<CloudAdapter>(sp => new NoticesAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<NoticesAdapter>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());

        services.AddSingleton<IStorage, DatabaseStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddTransient<IBot, NoticesBot>();
        return services;
    }
}

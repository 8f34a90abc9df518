using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using CommunityNotices.Notifier.BotFramework;

namespace CommunityNotices.Bot.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Bot Framework: authentication, the CloudAdapter, database-backed state and the bot.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        // Constructed explicitly: DI finds CloudAdapter's constructors ambiguous. Registered before the outbound
        // services so that proactive messages in this process go through the same adapter.
        services.AddSingleton<DuplicateActivityFilter>();
        services.AddSingleton<CloudAdapter>(sp => new NoticesAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<DuplicateActivityFilter>(), sp.GetRequiredService<ILogger<NoticesAdapter>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddSingleton<CloudAdapterBase>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddBotFrameworkOutbound();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<BotFrameworkOptions>, InboundAuthenticationValidator>();

        services.AddSingleton<IStorage, DatabaseStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddScoped<GroupRegistration>();
        services.AddScoped<GroupMessages>();
        services.AddTransient<IBot, NoticesBot>();
        return services;
    }
}

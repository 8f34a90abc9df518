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
        // Constructed explicitly: DI finds CloudAdapter's constructors ambiguous. Proactive messages use the outbound
        // services' own adapter, whose errors reach the delivery pipeline (this one turns them into an apology).
        services.AddSingleton<DuplicateActivityFilter>();
        services.AddSingleton<CloudAdapter>(sp => new NoticesAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<DuplicateActivityFilter>(), sp.GetRequiredService<ILogger<NoticesAdapter>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
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

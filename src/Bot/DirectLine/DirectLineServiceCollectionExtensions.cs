using System.Threading.RateLimiting;
using CommunityNotices.Bot.WebChat;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>Our Direct Line endpoint, its tokens and the residents' chat page.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<ConversationStream>();
        services.AddScoped<DirectLineAuthorization>();
        services.AddScoped<ConversationStart>();
        services.AddScoped<InboundActivity>();
        services.AddHostedService<TranscriptListener>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(DirectLineApi.GeneratePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.ConversationsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return services;
    }
}

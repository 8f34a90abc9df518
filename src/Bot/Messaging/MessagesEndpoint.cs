using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace CommunityNotices.Bot.Messaging;

public static class MessagesEndpoint
{
    /// <summary>Where Bot Framework channels POST activities; the SDK authenticates them.</summary>
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
                adapter.ProcessAsync(request, response, bot, ct))
            .ExcludeFromDescription()
            .AllowAnonymous();
        return app;
    }
}

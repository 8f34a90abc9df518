using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CommunityNotices.Bot.Hosting;

/// <summary>Prints where to point a browser, a Bot Framework channel or an API client once the server listens.</summary>
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                logger.LogInformation(
                    "Serving {Address}: admin pages {Address}/admin, residents' chat {Address}/chat/<community code>, health {Address}/health, " +
                    "API {Address}/openapi/v1.json, Bot Framework endpoint {Address}/api/messages",
                    address, address, address, address, address, address);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

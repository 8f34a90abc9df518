using CommunityNotices.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityNotices.Hosting;

/// <summary>
/// Brings the schema up to date before anything else starts, when the provider says this process should
/// (always for the embedded file; on PostgreSQL only with Storage:MigrateOnStart).
/// </summary>
public sealed class StartupMigration(IDatabaseProvider provider, IServiceProvider services, ILogger<StartupMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!provider.MigratesOnStart)
        {
            return;
        }

        logger.LogInformation("Migrating the {Provider} database", provider.Kind);
        await provider.MigrateAsync(services, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

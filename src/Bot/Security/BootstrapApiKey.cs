using CommunityNotices.Persistence;
using CommunityNotices.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Security;

/// <summary>Makes sure the configured Admin:BootstrapApiKey exists as an admin key; runs after the migration.</summary>
internal sealed class BootstrapApiKey(IOptions<AdminOptions> options, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BootstrapApiKey> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var key = options.Value.BootstrapApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var hash = ApiKey.Hash(key);
        if (await db.ApiKeys.AnyAsync(k => k.KeyHash == hash, cancellationToken))
        {
            return;
        }

        db.ApiKeys.Add(new ApiKey("bootstrap", key, Role.Admin, [], clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created the bootstrap admin API key from Admin:BootstrapApiKey");
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.ApiKeys.AnyAsync(k => k.KeyHash == hash, cancellationToken))
            {
                throw;
            }

            // Another Bot process created it at the same moment.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

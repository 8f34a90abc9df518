using CommunityNotices.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CommunityNotices.Storage;

/// <summary>
/// One process on a laptop: a SQLite file, Hangfire's queue in memory and Quartz's RAM store. The database rows are
/// the source of truth, so whatever was pending when the process stopped is enqueued again at start.
/// </summary>
internal sealed class SqliteDatabaseProvider(string path) : IDatabaseProvider
{
    public StorageProvider Kind => StorageProvider.Sqlite;
    public bool SupportsSeparateProcesses => false;
    public bool MigratesOnStart => true;

    public string ConnectionString => $"Data Source={path}";

    public JobStorage CreateJobStorage() => new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });

    public void ConfigureQuartz(IQuartzBuilder quartz) => quartz.UseInMemoryStore();

    // One process: whoever changes something can tell its own listeners directly.
    public Task NotifyAsync(NoticesDb db, string topic, string payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ListenAsync(string topic, Action<string> onNotification, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets the web requests read while a delivery job writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}

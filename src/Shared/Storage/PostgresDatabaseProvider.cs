using CommunityNotices.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CommunityNotices.Storage;

/// <summary>
/// A city: one PostgreSQL database shared by several Bot and Notifier processes, Hangfire.PostgreSql with a sliding
/// invisibility timeout (a killed worker's job is picked up in minutes, not 30) and a clustered Quartz AdoJobStore.
/// </summary>
internal sealed class PostgresDatabaseProvider(string connectionString, bool migrateOnStart) : IDatabaseProvider
{
    // Any constant works as long as every process uses the same one.
    private const long MigrationLockKey = 0x436F6D6D4E6F74; // "CommNot"

    public StorageProvider Kind => StorageProvider.PostgreSql;
    public bool SupportsSeparateProcesses => true;
    public bool MigratesOnStart => migrateOnStart;

    public string ConnectionString => connectionString;

    public JobStorage CreateJobStorage()
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(2),
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
        };
        return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, options), options);
    }

    public void ConfigureQuartz(IQuartzBuilder quartz) =>
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(5);
                c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
            });
        });

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Several processes may start at once; the session-level lock makes the others wait, then find nothing to do.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}

using CommunityNotices.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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

    public const string HangfireSchema = "hangfire";

    public StorageProvider Kind => StorageProvider.PostgreSql;
    public bool SupportsSeparateProcesses => true;
    public bool MigratesOnStart => migrateOnStart;

    public string ConnectionString => connectionString;

    public JobStorage CreateJobStorage()
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = HangfireSchema,
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

    public Task NotifyAsync(NoticesDb db, string topic, string payload, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({topic}, {payload})", cancellationToken);

    public async Task ListenAsync(string topic, Action<string> onNotification, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => onNotification(e.Payload);
                await connection.OpenAsync(cancellationToken);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{topic.Replace("\"", "", StringComparison.Ordinal)}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or InvalidOperationException)
            {
                // The database went away for a moment; listeners fall back on their periodic reads meanwhile.
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

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
            // Hangfire's own schema too, under the same lock: processes starting together on a fresh database would
            // otherwise race in its installer ("could not find tuple for constraint").
            await using var hangfire = new NpgsqlConnection(connectionString);
            await hangfire.OpenAsync(cancellationToken);
            PostgreSqlObjectsInstaller.Install(hangfire, HangfireSchema);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}

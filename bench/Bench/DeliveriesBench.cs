using System.Diagnostics;
using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using CommunityNotices.Communities;
using CommunityNotices.Groups;
using CommunityNotices.Hosting;
using CommunityNotices.Notifier.Hosting;
using CommunityNotices.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommunityNotices.Bench;

/// <summary>
/// Deliveries per second through the pipeline on PostgreSQL to a zero-latency in-process channel, against the
/// one-Hangfire-job-per-delivery design (load, send, update per job) measured in the same run on the same database.
/// </summary>
internal static class DeliveriesBench
{
    private const int Groups = 5_000;
    private const int BaselineDeliveries = 1_500;

    public static async Task<int> RunAsync()
    {
        var server = Environment.GetEnvironmentVariable("NPGSQL_TEST_DB") is { Length: > 0 } s ? s : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
        var name = $"cn_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            using var host = BuildHost(connectionString);
            await host.Services.GetRequiredService<Storage.IDatabaseProvider>().MigrateAsync(host.Services, CancellationToken.None);
            var community = await SeedGroupsAsync(host.Services);
            await host.StartAsync();
            Console.WriteLine($"deliveries: {Groups:N0} groups, PostgreSQL, {Environment.ProcessorCount} cores, zero-latency channel");

            var baseline = await BaselineAsync(host.Services, community);
            Console.WriteLine($"baseline (one Hangfire job per delivery): {baseline:N0} deliveries/s over {BaselineDeliveries:N0}");
            var pipeline = await PipelineAsync(host.Services, community);
            Console.WriteLine($"pipeline (batch claims, set-based updates): {pipeline:N0} deliveries/s over {Groups:N0}");
            Console.WriteLine($"ratio pipeline/baseline: {pipeline / baseline:N1}x");
            await host.StopAsync();
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:Postgres"] = connectionString,
            ["Deliveries:SweepSeconds"] = "3600",
            ["Deliveries:ParallelJobs"] = "4",
        });
        builder.Services.AddShared(builder.Configuration).AddNotifier(builder.Configuration);
        builder.Services.AddSingleton<InstantChannel>();
        builder.Services.AddSingleton<IChannel>(sp => sp.GetRequiredService<InstantChannel>());
        builder.Services.AddScoped<OneDeliveryJob>();
        return builder.Build();
    }

    private static async Task<Guid> SeedGroupsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var now = DateTimeOffset.UtcNow;
        var community = new Community("基准社区", "bench", "", "12345", now);
        db.Communities.Add(community);
        db.Groups.AddRange(Enumerable.Range(0, Groups).Select(i => new Group(community.Id, $"{i}号楼", ChannelKind.Webhook, "{}", $"webhook:bench-{i}", [], now)));
        await db.SaveChangesAsync();
        return community.Id;
    }

    private static async Task<double> PipelineAsync(IServiceProvider services, Guid community)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var broadcast = new Broadcast("基准", "正文", BroadcastKind.OpenLetter, new BroadcastTargets([community], [], []), "bench", DateTimeOffset.UtcNow);
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync();
        var watch = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<QueueBroadcast>().HandleAsync(broadcast.Id, CancellationToken.None);
        await WaitForAsync(db, broadcast.Id, Groups);
        return Groups / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> BaselineAsync(IServiceProvider services, Guid community)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var broadcast = new Broadcast("基准", "正文", BroadcastKind.OpenLetter, new BroadcastTargets([community], [], []), "bench", DateTimeOffset.UtcNow);
        db.Broadcasts.Add(broadcast);
        broadcast.MarkQueued(DateTimeOffset.UtcNow);
        var groups = await db.Groups.Select(g => g.Id).Take(BaselineDeliveries).ToListAsync();
        // Far in the future so the pipeline's workers leave them to the baseline jobs.
        db.Deliveries.AddRange(groups.Select(g => new Delivery(broadcast.Id, g, DateTimeOffset.UtcNow.AddYears(10))));
        await db.SaveChangesAsync();
        var ids = await db.Deliveries.Where(d => d.BroadcastId == broadcast.Id).Select(d => d.Id).ToListAsync();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var watch = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            jobs.Enqueue<OneDeliveryJob>(j => j.RunAsync(id));
        }

        await WaitForAsync(db, broadcast.Id, ids.Count);
        return ids.Count / watch.Elapsed.TotalSeconds;
    }

    private static async Task WaitForAsync(NoticesDb db, Guid broadcastId, int count)
    {
        while (await db.Deliveries.CountAsync(d => d.BroadcastId == broadcastId && d.Status == DeliveryStatus.Delivered) < count)
        {
            await Task.Delay(20);
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The "obvious" design the pipeline is measured against: one job per delivery, each loading, sending and saving.</summary>
public sealed class OneDeliveryJob(NoticesDb db, InstantChannel channel, TimeProvider clock)
{
    [Queue("deliveries")]
    public async Task RunAsync(long deliveryId)
    {
        var delivery = await db.Deliveries.SingleAsync(d => d.Id == deliveryId);
        var group = await db.Groups.SingleAsync(g => g.Id == delivery.GroupId);
        var broadcast = await db.Broadcasts.SingleAsync(b => b.Id == delivery.BroadcastId);
        var outcome = await channel.SendAsync(group.Address, new OutgoingMessage(broadcast.Title, broadcast.Body), CancellationToken.None);
        delivery.MarkDelivered(outcome.MessageId, null, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }
}

/// <summary>A channel that accepts instantly: measures the pipeline, not a vendor.</summary>
public sealed class InstantChannel : IChannel
{
    public ChannelKind Kind => ChannelKind.Webhook;

    public ChannelLimits Limits { get; } = new(PerMinute: 1_000_000, PerSecond: null, MaxMessageBytes: 256 * 1024, SupportsMarkdown: true, LockoutWhenExceeded: null);

    public Task<SendOutcome> SendAsync(string address, OutgoingMessage message, CancellationToken ct) => Task.FromResult(SendOutcome.Delivered());
}

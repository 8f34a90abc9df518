using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CommunityNotices.Storage;

/// <summary>
/// Everything that differs between the embedded default and PostgreSQL. Chosen once, in <see cref="StorageServiceCollectionExtensions.AddStorage"/>;
/// nothing else branches on the provider.
/// </summary>
public interface IDatabaseProvider
{
    StorageProvider Kind { get; }

    /// <summary>Whether Bot and Notifier may run as separate processes (they cannot share an in-memory Hangfire queue).</summary>
    bool SupportsSeparateProcesses { get; }

    /// <summary>Whether this process brings the schema up to date at start.</summary>
    bool MigratesOnStart { get; }

    /// <summary>
    /// A Hangfire storage of this process's own, registered as the container's <see cref="JobStorage"/> so that each
    /// host (tests run several in one process) uses its own rather than the static <c>JobStorage.Current</c>.
    /// </summary>
    JobStorage CreateJobStorage();

    void ConfigureQuartz(IQuartzBuilder quartz);

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Tells every process that <paramref name="topic"/> changed (PostgreSQL NOTIFY); nothing where there is one process.</summary>
    Task NotifyAsync(Persistence.NoticesDb db, string topic, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="onNotification"/> for each notification on <paramref name="topic"/> until cancelled,
    /// reconnecting after failures; where there is one process it only waits for the cancellation.
    /// </summary>
    Task ListenAsync(string topic, Action<string> onNotification, CancellationToken cancellationToken);
}

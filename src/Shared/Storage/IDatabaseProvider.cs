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

    void ConfigureHangfire(IGlobalConfiguration configuration);

    void ConfigureQuartz(IQuartzBuilder quartz);

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

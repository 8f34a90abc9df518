using CommunityNotices.Hosting;
using CommunityNotices.Storage;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace CommunityNotices.Notifier.Hosting;

public static class NotifierServiceCollectionExtensions
{
    /// <summary>The Notifier's work: a Hangfire server (deliveries) and a Quartz scheduler (when things fire).</summary>
    public static IServiceCollection AddNotifier(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotifierOptions>()
            .BindConfiguration(NotifierOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var instance = configuration[$"{NotifierOptions.Section}:{nameof(NotifierOptions.InstanceName)}"]
            ?? $"{Environment.MachineName}:{Environment.ProcessId}";

        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<IOptions<NotifierOptions>>().Value;
            server.WorkerCount = options.Workers;
            server.ServerName = instance;
            server.Queues = NotifierQueues.All;
        });

        var provider = services.GetDatabaseProvider();
        services.AddQuartz("CommunityNotices", quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceId = instance);
            provider.ConfigureQuartz(quartz);
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>A standalone Notifier shares its queue with other processes, so the storage must allow that.</summary>
    public static IServiceCollection RequireSharedStorage(this IServiceCollection services)
    {
        if (!services.GetDatabaseProvider().SupportsSeparateProcesses)
        {
            throw new ConfigurationException(
                "Storage:Provider=Sqlite keeps the job queue inside one process: run only the Bot (it runs the Notifier in-process), " +
                "or set Storage:Provider=PostgreSql to run separate Notifier processes.");
        }

        return services;
    }
}

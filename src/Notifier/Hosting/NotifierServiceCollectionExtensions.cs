using CommunityNotices.Hosting;
using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Notifier.Deliveries;
using CommunityNotices.CheckIns;
using CommunityNotices.Notifier.CheckIns;
using CommunityNotices.Notifier.Reports;
using CommunityNotices.Notifier.Schedules;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

        services.AddNotifierClient();
        services.AddScoped<DeliveryStore>();
        services.AddSingleton<DeliverPending>();
        services.AddSingleton<ChannelRegistry>();
        services.AddBotFrameworkOutbound();
        services.AddSingleton<IChannel, BotFrameworkChannel>();
        services.AddCommunityNoticesChannels(ChannelOptions.RequestTimeout(configuration));
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EvaluateSchedules>();
        services.AddScoped<FireSchedule>();
        services.AddScoped<RunCheckIns>();
        var checkInSeconds = configuration.GetValue($"{CheckInOptions.Section}:{nameof(CheckInOptions.TickSeconds)}", new CheckInOptions().TickSeconds);
        var tickSeconds = configuration.GetValue($"{ScheduleOptions.Section}:{nameof(ScheduleOptions.TickSeconds)}", new ScheduleOptions().TickSeconds);
        var sweepSeconds = configuration.GetValue($"{DeliveryOptions.Section}:{nameof(DeliveryOptions.SweepSeconds)}", new DeliveryOptions().SweepSeconds);

        var provider = services.GetDatabaseProvider();
        services.AddQuartz("CommunityNotices", quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceId = instance);
            provider.ConfigureQuartz(quartz);
            quartz.ScheduleJob<PurgeExpiredReportsJob>(
                trigger => trigger.WithIdentity("purge-expired-reports-daily", "maintenance")
                    .WithCronSchedule("0 30 3 * * ?", cron => cron.InTimeZone(ChinaTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                job => job.WithIdentity(PurgeExpiredReportsJob.Key));
            quartz.ScheduleJob<SweepDeliveriesJob>(
                trigger => trigger.WithIdentity("sweep-deliveries", "deliveries").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(sweepSeconds)).RepeatForever()),
                job => job.WithIdentity(SweepDeliveriesJob.Key));
            quartz.ScheduleJob<EvaluateSchedulesJob>(
                trigger => trigger.WithIdentity("evaluate-schedules", "schedules").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(tickSeconds)).RepeatForever()),
                job => job.WithIdentity(EvaluateSchedulesJob.Key).RequestRecovery());
            quartz.ScheduleJob<RunCheckInsJob>(
                trigger => trigger.WithIdentity("run-check-ins", "check-ins").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(checkInSeconds)).RepeatForever()),
                job => job.WithIdentity(RunCheckInsJob.Key).RequestRecovery());
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        services.AddScoped<PurgeExpiredReports>();
        services.AddScoped<NotifyReevaluations>();
        services.AddSingleton<ResidentMessenger>();
        return services;
    }

    /// <summary>
    /// What any process needs to hand work to the Notifier (the Bot calls this even when its Notifier runs elsewhere).
    /// </summary>
    public static IServiceCollection AddNotifierClient(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IDeliveryKick, HangfireDeliveryKick>();
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

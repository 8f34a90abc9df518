using CommunityNotices.Auditing;
using CommunityNotices.Broadcasts;
using CommunityNotices.CheckIns;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using CommunityNotices.Storage;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Hosting;

public static class SharedServiceCollectionExtensions
{
    /// <summary>What every host needs: the database, the clock, start-up migration and the Hangfire client.</summary>
    public static IServiceCollection AddShared(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RiskListCatalog>();
        services.AddOptions<ReportPolicyOptions>().BindConfiguration(ReportPolicyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReportPolicy>();
        services.AddScoped<AuditLog>();
        services.AddScoped<QueueBroadcast>();
        services.AddScoped<IStaffNotifier, StaffNotifier>();
        services.AddOptions<CheckInOptions>().BindConfiguration(CheckInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RecordCheckInReply>();
        // Registered first so that it finishes before any other hosted service (or Kestrel) starts.
        services.AddHostedService<StartupMigration>();
        // Registered before AddHangfire, whose own registrations would otherwise hand out the static JobStorage.Current
        // and JobActivator.Current: with several hosts in one process (tests), one host's server could run its jobs
        // with another host's services.
        services.AddSingleton<JobStorage>(sp => sp.GetRequiredService<IDatabaseProvider>().CreateJobStorage());
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
            .UseActivator(sp.GetRequiredService<JobActivator>())
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        return services;
    }
}

using Hangfire;
using Quartz;

namespace CommunityNotices.Notifier.Reports;

/// <summary>Daily at 03:30 China time: hands the purge to Hangfire (Quartz decides when, Hangfire does it).</summary>
[DisallowConcurrentExecution]
public sealed class PurgeExpiredReportsJob(IBackgroundJobClient jobs) : IJob
{
    public static readonly JobKey Key = new("purge-expired-reports", "maintenance");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        jobs.Enqueue<PurgeExpiredReports>(p => p.HandleAsync(CancellationToken.None));
        return ValueTask.CompletedTask;
    }
}

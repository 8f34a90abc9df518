using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CommunityNotices.Notifier.Schedules;

/// <summary>
/// Quartz decides when: every tick (one node of the cluster at a time) it records the fire times that have come;
/// Hangfire then sends each. Requests recovery, so a node dying mid-tick is re-run elsewhere (the work is idempotent).
/// </summary>
[DisallowConcurrentExecution]
public sealed class EvaluateSchedulesJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("evaluate-schedules", "schedules");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EvaluateSchedules>().HandleAsync(cancellationToken);
    }
}

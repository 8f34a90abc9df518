using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CommunityNotices.Notifier.CheckIns;

/// <summary>Runs the check-in cycle on one node of the cluster at a time; every step of it is idempotent.</summary>
[DisallowConcurrentExecution]
public sealed class RunCheckInsJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("run-check-ins", "check-ins");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RunCheckIns>().HandleAsync(cancellationToken);
    }
}

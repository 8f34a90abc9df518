using CommunityNotices.Broadcasts;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// Every few seconds, and at start: if due deliveries exist that nobody holds (retries coming due, a killed worker's
/// expired leases, or the embedded default's in-memory queue lost on restart), wake the workers.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SweepDeliveriesJob(IServiceScopeFactory scopes, IDeliveryKick kick) : IJob
{
    public static readonly JobKey Key = new("sweep-deliveries", "deliveries");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (due, _) = await scope.ServiceProvider.GetRequiredService<DeliveryStore>().PeekAsync(cancellationToken);
        if (due)
        {
            kick.Kick();
        }
    }
}

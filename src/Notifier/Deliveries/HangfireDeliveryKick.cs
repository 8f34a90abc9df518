using CommunityNotices.Broadcasts;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>Wakes delivery workers by enqueueing <see cref="DeliverPending"/> runs (several, so big broadcasts fan out).</summary>
public sealed class HangfireDeliveryKick(IBackgroundJobClient jobs, IOptions<DeliveryOptions> options, TimeProvider clock) : IDeliveryKick
{
    public void Kick(DateTimeOffset? at = null)
    {
        for (var i = 0; i < options.Value.ParallelJobs; i++)
        {
            if (at is { } when && when > clock.GetUtcNow())
            {
                jobs.Schedule<DeliverPending>(d => d.RunAsync(CancellationToken.None), when);
            }
            else
            {
                jobs.Enqueue<DeliverPending>(d => d.RunAsync(CancellationToken.None));
            }
        }
    }
}

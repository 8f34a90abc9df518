using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using Microsoft.Extensions.Logging;

namespace CommunityNotices.Broadcasts;

/// <summary>
/// Staff notices travel the delivery pipeline as a "notice" broadcast to the community's groups tagged "staff", so
/// they are retried, rate-limited and merged into a digest when many arrive at once.
/// </summary>
public sealed class StaffNotifier(NoticesDb db, QueueBroadcast queue, TimeProvider clock, ILogger<StaffNotifier> logger) : IStaffNotifier
{
    public const string StaffTag = "staff";

    public async Task NotifyAsync(Guid communityId, string title, string text, CancellationToken ct)
    {
        var broadcast = new Broadcast(title, text, BroadcastKind.Notice, new BroadcastTargets([communityId], [], [StaffTag]), "system", clock.GetUtcNow());
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(ct);
        if (await queue.HandleAsync(broadcast.Id, ct) == 0)
        {
            logger.LogWarning("Community {CommunityId} has no active group tagged '{Tag}': the staff notice '{Title}' reached no one",
                communityId, StaffTag, title);
        }
    }
}

using System.Security.Claims;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Groups;

/// <summary>Sends a short test notice to one group through the normal broadcast pipeline; its status shows the outcome.</summary>
public sealed class TestSendGroup(NoticesDb db, QueueBroadcast queue, TimeProvider clock)
{
    /// <returns>Null when there is no such group.</returns>
    public async Task<TestSendResult?> HandleAsync(Guid groupId, ClaimsPrincipal user, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return null;
        }

        if (!GroupsApi.CanSee(user, group))
        {
            return TestSendResult.Forbidden;
        }

        var broadcast = new Broadcast("测试消息", $"这是来自社区通知服务的测试消息（{clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}），收到说明机器人配置正确。",
            BroadcastKind.Notice, new BroadcastTargets([], [group.Id], []), Security.Caller.Actor(user), clock.GetUtcNow(),
            // The group's community, so the secretary who sent it may read its status (as with any named-group broadcast).
            group.CommunityId is { } community ? [community] : null);
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(ct);
        await queue.HandleAsync(broadcast.Id, ct);
        return new TestSendResult(broadcast.Id, false);
    }
}

public sealed record TestSendResult(Guid? BroadcastId, bool IsForbidden)
{
    public static readonly TestSendResult Forbidden = new(null, true);
}

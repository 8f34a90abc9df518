using System.Security.Claims;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>
/// Creates a draft broadcast, or changes one, after checking its fields and that the caller may reach every target.
/// Errors are keyed by field (title, body, kind, sendAt, targets, targets.groupIds).
/// </summary>
public sealed class WriteBroadcast(NoticesDb db, TimeProvider clock)
{
    public async Task<WriteBroadcastResult> CreateAsync(CreateBroadcastRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (targets, communities, problem) = await CheckAsync(request, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        var broadcast = new Broadcast(request.Title!.Trim(), request.Body!, request.Kind ?? BroadcastKind.Notice, targets, user.Actor(), clock.GetUtcNow(), communities);
        broadcast.Edit(null, null, null, request.SendAt, request.RequestAck);
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(ct);
        return new WriteBroadcastResult(broadcast, [], false);
    }

    /// <summary>Replaces a draft's title, body, targets, send time and acknowledgement request (kind stays).</summary>
    public async Task<WriteBroadcastResult?> UpdateDraftAsync(Guid id, CreateBroadcastRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var broadcast = await db.Broadcasts.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return null;
        }

        if (!BroadcastAccess.CanSee(user, broadcast))
        {
            return WriteBroadcastResult.Forbidden;
        }

        if (!broadcast.IsEditable)
        {
            return new WriteBroadcastResult(broadcast, new() { ["status"] = [$"the broadcast is already {broadcast.Status}; only drafts can be edited."] }, false);
        }

        var (targets, _, problem) = await CheckAsync(request with { Kind = broadcast.Kind }, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        broadcast.Edit(request.Title!.Trim(), request.Body, targets, request.SendAt, request.RequestAck);
        await db.SaveChangesAsync(ct);
        return new WriteBroadcastResult(broadcast, [], false);
    }

    private async Task<(BroadcastTargets Targets, List<Guid> Communities, WriteBroadcastResult? Problem)> CheckAsync(
        CreateBroadcastRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            errors["title"] = ["title is required (at most 200 characters)."];
        }

        if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > 20_000)
        {
            errors["body"] = ["body is required (Markdown, at most 20,000 characters)."];
        }

        var kind = request.Kind ?? BroadcastKind.Notice;
        if (!BroadcastKind.All.Contains(kind))
        {
            errors["kind"] = [$"kind must be one of {string.Join(", ", BroadcastKind.All)}."];
        }

        if (request.SendAt is { } sendAt && sendAt < now.AddMinutes(-1))
        {
            errors["sendAt"] = ["sendAt is in the past; leave it out to send as soon as the broadcast is sent."];
        }

        var targets = new BroadcastTargets(request.Targets?.CommunityIds ?? [], request.Targets?.GroupIds ?? [], request.Targets?.Tags ?? []);
        if (targets.CommunityIds.Count == 0 && targets.GroupIds.Count == 0)
        {
            errors["targets"] = ["targets must name at least one community or group."];
        }

        if (errors.Count > 0)
        {
            return (targets, [], new WriteBroadcastResult(null, errors, false));
        }

        // Named groups count as their communities, so a secretary can only reach their own.
        var groupCommunities = await db.Groups.AsNoTracking().Where(g => targets.GroupIds.Contains(g.Id)).Select(g => new { g.Id, g.CommunityId }).ToListAsync(ct);
        if (groupCommunities.Count != targets.GroupIds.Distinct().Count())
        {
            return (targets, [], new WriteBroadcastResult(null, new() { ["targets.groupIds"] = ["targets.groupIds names a group that does not exist."] }, false));
        }

        var communities = targets.CommunityIds.Concat(groupCommunities.Where(g => g.CommunityId is not null).Select(g => g.CommunityId!.Value)).Distinct().ToList();
        if (communities.Any(c => !user.CanAccessCommunity(c)) || (!user.IsAdmin() && groupCommunities.Any(g => g.CommunityId is null)))
        {
            return (targets, [], WriteBroadcastResult.Forbidden);
        }

        return (targets, communities, null);
    }
}

/// <summary>The broadcast written, or the field errors, or forbidden (a target outside the caller's communities).</summary>
public sealed record WriteBroadcastResult(Broadcast? Broadcast, Dictionary<string, string[]> Errors, bool IsForbidden)
{
    public static readonly WriteBroadcastResult Forbidden = new(null, [], true);

    public bool Succeeded => Broadcast is not null && Errors.Count == 0 && !IsForbidden;
}

using System.Security.Claims;
using CommunityNotices.Bot.Broadcasts;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.RiskAreas;

/// <summary>
/// A draft risk-update broadcast per community (the caller's, or the one asked for) whose text is the version's diff
/// against the version before it. Used by the API and the risk-area page.
/// </summary>
public sealed class CreateRiskUpdateDrafts(NoticesDb db, RiskListCatalog catalog, CreateTemplateDrafts drafts)
{
    /// <returns>Null when there is no such version; <see cref="RiskDraftsResult.Forbidden"/> for another's community.</returns>
    public async Task<RiskDraftsResult?> HandleAsync(Guid versionId, Guid? communityId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var version = await catalog.GetAsync(versionId, ct);
        if (version is null)
        {
            return null;
        }

        if (communityId is { } requested && !user.CanAccessCommunity(requested))
        {
            return RiskDraftsResult.Forbidden;
        }

        var communities = communityId is { } one ? [one]
            : user.CommunityScope() is { } scope ? scope.ToList()
            : await db.Communities.Select(c => c.Id).ToListAsync(ct);
        var notice = RiskDiffDto.From(await catalog.GetPreviousAsync(version, ct), version).Notice;
        var result = await drafts.HandleAsync(BroadcastTemplates.RiskUpdate, communities, new Dictionary<string, string> { ["riskNotice"] = notice }, null, user.Actor(), ct);
        return new RiskDraftsResult(result.Drafts, false);
    }
}

public sealed record RiskDraftsResult(IReadOnlyList<TemplateDraft> Drafts, bool IsForbidden)
{
    public static readonly RiskDraftsResult Forbidden = new([], true);
}

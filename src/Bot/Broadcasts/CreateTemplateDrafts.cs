using System.Globalization;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>
/// Drafts one broadcast per community from a template, with that community's name, hotline and the date filled in
/// (and, for a risk update, the diff's notice text). Drafts go nowhere until someone previews and sends them.
/// </summary>
public sealed class CreateTemplateDrafts(NoticesDb db, TimeProvider clock)
{
    public async Task<TemplateDraftsResult> HandleAsync(string template, IReadOnlyCollection<Guid> communityIds, IReadOnlyDictionary<string, string> extra,
        string? title, string actor, CancellationToken ct)
    {
        if (!BroadcastTemplates.TryGet(template, out var kind, out var defaultTitle, out var body))
        {
            return new TemplateDraftsResult([], $"template must be one of {string.Join(", ", BroadcastTemplates.Names)}.");
        }

        var communities = await db.Communities.AsNoTracking().Where(c => communityIds.Contains(c.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var date = now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var drafts = new List<TemplateDraft>();
        foreach (var community in communities)
        {
            var variables = new Dictionary<string, string>(extra)
            {
                ["communityName"] = community.Name,
                ["hotline"] = community.Hotline,
                ["date"] = date,
            };
            if (!BroadcastTemplates.TryRender(body, variables, out var rendered))
            {
                return new TemplateDraftsResult([], rendered);
            }

            var broadcast = new Broadcast(title ?? defaultTitle, rendered, kind, new BroadcastTargets([community.Id], [], []), actor, now);
            db.Broadcasts.Add(broadcast);
            drafts.Add(new TemplateDraft(community.Id, broadcast.Id));
        }

        await db.SaveChangesAsync(ct);
        return new TemplateDraftsResult(drafts, null);
    }
}

public sealed record TemplateDraft(Guid CommunityId, Guid BroadcastId);

public sealed record TemplateDraftsResult(IReadOnlyList<TemplateDraft> Drafts, string? Error);

using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using CommunityNotices.Notifier.Reports;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.RiskAreas;

/// <summary>
/// Stores a parsed list as a new version (once: the same content again returns the existing version), diffs it
/// against the version before it and, when it is now the list in force, re-checks the reports it may concern.
/// </summary>
public sealed class ImportRiskList(NoticesDb db, RiskListCatalog catalog, ReevaluateReports reevaluate, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<ImportResult> HandleAsync(ParsedRiskList parsed, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var existing = await db.RiskAreaLists.AsNoTracking().Where(l => l.ContentHash == parsed.ContentHash).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(ct);
        if (existing is { } existingId)
        {
            return await ResultAsync(existingId, created: false, [], ct);
        }

        var list = new RiskAreaList(parsed, source, clock.GetUtcNow());
        db.RiskAreaLists.Add(list);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same file imported by someone else at the same moment?
            db.ChangeTracker.Clear();
            var raced = await db.RiskAreaLists.AsNoTracking().Where(l => l.ContentHash == parsed.ContentHash).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(ct);
            if (raced is null)
            {
                throw;
            }

            return await ResultAsync(raced.Value, created: false, [], ct);
        }

        db.ChangeTracker.Clear();

        var current = await catalog.GetCurrentAsync(ct);
        var affected = current?.Id == list.Id ? await reevaluate.HandleAsync(current, ct) : [];
        if (affected.Count > 0)
        {
            jobs.Enqueue<NotifyReevaluations>(n => n.RunAsync(CancellationToken.None));
        }

        return await ResultAsync(list.Id, created: true, affected, ct);
    }

    private async Task<ImportResult> ResultAsync(Guid id, bool created, IReadOnlyList<AffectedReport> affected, CancellationToken ct)
    {
        var version = (await catalog.GetAsync(id, ct))!;
        var previous = await catalog.GetPreviousAsync(version, ct);
        return new ImportResult(version, previous, created, affected);
    }
}

public sealed record ImportResult(LoadedRiskList Version, LoadedRiskList? Previous, bool Created, IReadOnlyList<AffectedReport> AffectedReports);

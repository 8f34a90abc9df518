using System.Security.Claims;
using CommunityNotices.Auditing;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Reports;

/// <summary>
/// The ledger rows a caller may see, masked unless unmasking was asked for and the caller's role allows it; every
/// unmasked read writes an audit entry naming the reports it showed. Used by the API (list, export) and the pages.
/// </summary>
public sealed class ReadLedger(NoticesDb db, AuditLog audit)
{
    /// <param name="action">What is audited: <c>reports.list</c> or <c>reports.export</c> (".unmasked" is appended).</param>
    /// <returns>The rows, or null when the caller may not see that community or may not unmask.</returns>
    public async Task<LedgerPage?> HandleAsync(LedgerFilter filter, ClaimsPrincipal user, string action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.CommunityId is { } requested && !user.CanAccessCommunity(requested))
        {
            return null;
        }

        var unmaskAny = filter.Unmasked || filter.RevealId is not null;
        if (unmaskAny && !user.MayUnmaskPersonalData())
        {
            return null;
        }

        var reports = db.Reports.AsNoTracking();
        if (user.CommunityScope() is { } scope)
        {
            reports = reports.Where(r => scope.Contains(r.CommunityId));
        }

        if (filter.CommunityId is { } communityId)
        {
            reports = reports.Where(r => r.CommunityId == communityId);
        }

        if (filter.Since is { } since)
        {
            var utc = since.ToUniversalTime();
            reports = reports.Where(r => r.CreatedAt >= utc);
        }

        if (filter.ArrivalFrom is { } from)
        {
            reports = reports.Where(r => r.ArrivalDate >= from);
        }

        if (filter.ArrivalTo is { } to)
        {
            reports = reports.Where(r => r.ArrivalDate <= to);
        }

        if (filter.Level is { } level)
        {
            reports = reports.Where(r => r.Level == level);
        }

        if (!string.IsNullOrEmpty(filter.Status))
        {
            reports = reports.Where(r => r.Status == filter.Status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Origin))
        {
            var origin = filter.Origin.Trim();
            reports = reports.Where(r => (r.OriginProvince ?? "").Contains(origin) || (r.OriginCity ?? "").Contains(origin)
                                         || (r.OriginDistrict ?? "").Contains(origin) || (r.OriginArea ?? "").Contains(origin));
        }

        var total = filter.Count ? await reports.CountAsync(ct) : (int?)null;
        var list = await reports.OrderByDescending(r => r.CreatedAt).Skip(filter.Skip).Take(filter.Take).ToListAsync(ct);
        var revealed = filter.Unmasked ? list : list.Where(r => r.Id == filter.RevealId).ToList();
        if (unmaskAny)
        {
            audit.Record(user.Actor(), action + ".unmasked", filter.CommunityId is { } id ? $"community:{id}" : "communities:own",
                $"{revealed.Count} report(s): {string.Join(",", revealed.Take(50).Select(r => r.Id))}{(revealed.Count > 50 ? ",…" : "")}");
            await db.SaveChangesAsync(ct);
        }

        var shown = revealed.Select(r => r.Id).ToHashSet();
        return new LedgerPage(list.Select(r => ReportRow.From(r, shown.Contains(r.Id))).ToList(), total);
    }
}

/// <summary>Ledger filters; all optional. <see cref="RevealId"/> unmasks that one report only.</summary>
public sealed record LedgerFilter(
    Guid? CommunityId = null, DateTimeOffset? Since = null, RiskLevel? Level = null, string? Status = null, bool Unmasked = false,
    DateOnly? ArrivalFrom = null, DateOnly? ArrivalTo = null, string? Origin = null, Guid? RevealId = null,
    int Skip = 0, int Take = ReportQuery.MaxRows, bool Count = false);

/// <summary>Rows in ledger order (newest first), and how many match in all when asked.</summary>
public sealed record LedgerPage(IReadOnlyList<ReportRow> Rows, int? Total);

using CommunityNotices.Divisions;
using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.RiskAreas;

/// <summary>
/// Re-checks every report still inside its isolation/monitoring window (or recent enough that a new list could put it
/// there) against a newly imported list, and records those whose result changed.
/// </summary>
public sealed class ReevaluateReports(NoticesDb db, ReportPolicy policy, TimeProvider clock)
{
    /// <summary>How far back an arrival can be and still be affected by a new list, when the report has no window yet.</summary>
    public const int LookbackDays = 14;

    public async Task<IReadOnlyList<AffectedReport>> HandleAsync(LoadedRiskList list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(list);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(ParsedRiskList.ChinaOffset).DateTime);
        var since = today.AddDays(-LookbackDays);
        var reports = await db.Reports
            .Where(r => r.Status == ReportStatus.Active && ((r.Until != null && r.Until >= today) || r.ArrivalDate >= since))
            .ToListAsync(ct);

        var affected = new List<AffectedReport>();
        foreach (var report in reports)
        {
            var match = list.Matcher.Match(OriginOf(report));
            var newMatch = MatchName(match.Kind);
            if (newMatch == report.Match && match.Level == report.Level)
            {
                continue;
            }

            db.ReportReevaluations.Add(new ReportReevaluation(report.Id, report.CommunityId, list.Id, report.Match, report.Level, newMatch, match.Level, now));
            affected.Add(new AffectedReport(report.Id, report.CommunityId, report.Building, report.Match, report.Level, newMatch, match.Level));
            var decision = policy.Decide(match.Kind, match.Level, report.ArrivalDate);
            report.Match = newMatch;
            report.Level = match.Level;
            report.Instructions = decision.Instructions;
            report.Until = decision.Until;
            report.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return affected;
    }

    public static NormalizedAddress OriginOf(ReturneeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new NormalizedAddress(
            report.OriginProvince is null ? AddressStatus.Unknown : AddressStatus.Resolved,
            report.OriginProvince, report.OriginCity, report.OriginDistrict, report.OriginCode, report.OriginArea ?? "");
    }

    public static string MatchName(RiskMatchKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A report whose result changed; names the building only, never the person.</summary>
public sealed record AffectedReport(Guid ReportId, Guid CommunityId, string Building, string OldMatch, RiskLevel? OldLevel, string NewMatch, RiskLevel? NewLevel);

using CommunityNotices.Bot.RiskAreas;
using CommunityNotices.Divisions;
using CommunityNotices.Persistence;
using CommunityNotices.Privacy;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Stores a completed report (the same phone and arrival date updates the earlier one), matches the origin against
/// the list in force when the resident left, applies the policy and tells the community's staff group.
/// </summary>
public sealed class SubmitReport(NoticesDb db, RiskListCatalog catalog, ReportPolicy policy, IStaffNotifier staff, TimeProvider clock)
{
    public async Task<SubmitResult> HandleAsync(ReportSubmission s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var now = clock.GetUtcNow();
        var match = await MatchAsync(s, now, ct);
        var decision = policy.Decide(match.Kind, match.Level, s.ArrivalDate);
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == s.CommunityId, ct);

        var report = await db.Reports.SingleOrDefaultAsync(r => r.CommunityId == s.CommunityId && r.Phone == s.Phone && r.ArrivalDate == s.ArrivalDate, ct);
        var updated = report is not null;
        if (report is null)
        {
            report = new ReturneeReport(s.CommunityId, s.Name, s.Phone, now);
            db.Reports.Add(report);
        }

        report.Name = s.Name;
        report.Building = s.Building;
        report.Unit = s.Unit;
        report.Room = s.Room;
        report.OriginProvince = s.OriginProvince;
        report.OriginCity = s.OriginCity;
        report.OriginDistrict = s.OriginDistrict;
        report.OriginArea = s.OriginArea;
        report.OriginCode = s.OriginCode;
        report.DepartureDate = s.DepartureDate;
        report.ArrivalDate = s.ArrivalDate;
        report.TravelMode = s.TravelMode;
        report.TravelNumber = s.TravelNumber;
        report.Symptoms = s.Symptoms;
        report.Match = ReevaluateReports.MatchName(match.Kind);
        report.Level = match.Level;
        report.Instructions = decision.Instructions;
        report.Until = decision.Until;
        report.Status = ReportStatus.Active;
        report.ConsentVersion = s.ConsentVersion;
        report.ConsentAt = s.ConsentAt.ToUniversalTime();
        report.Language = s.Language;
        report.ConversationReference = s.ConversationReference ?? report.ConversationReference;
        report.UpdatedAt = now;
        await db.SaveChangesAsync(ct);

        await staff.NotifyAsync(s.CommunityId, s.Symptoms ? "【紧急】返乡报备（有症状）" : "返乡报备", StaffText(report, decision), ct);
        return new SubmitResult(report.Id, updated, match.Kind, match.Level, decision, community.Hotline, s.Symptoms);
    }

    /// <summary>The list in force at the end of the departure day (capped at now): the areas the resident was in when they left.</summary>
    private async Task<RiskMatch> MatchAsync(ReportSubmission s, DateTimeOffset now, CancellationToken ct)
    {
        var endOfDeparture = new DateTimeOffset(s.DepartureDate.ToDateTime(new TimeOnly(23, 59, 59)), ParsedRiskList.ChinaOffset);
        var list = await catalog.GetInForceAsync(endOfDeparture < now ? endOfDeparture : now, ct);
        if (list is null || s.OriginProvince is null)
        {
            return RiskMatch.None;
        }

        var origin = new NormalizedAddress(AddressStatus.Resolved, s.OriginProvince, s.OriginCity, s.OriginDistrict, s.OriginCode, s.OriginArea ?? "");
        return list.Matcher.Match(origin);
    }

    private static string StaffText(ReturneeReport r, PolicyDecision decision)
    {
        var origin = $"{r.OriginProvince}{(r.OriginCity == r.OriginProvince ? "" : r.OriginCity)}{r.OriginDistrict}";
        var result = (r.Match, r.Level) switch
        {
            ("area", RiskLevel.High) => "高风险地区",
            ("area", RiskLevel.Medium) => "中风险地区",
            ("district", RiskLevel.High) => "高风险地区所在区县",
            ("district", RiskLevel.Medium) => "中风险地区所在区县",
            _ => "非中高风险地区",
        };
        var until = decision.Until is { } u ? $"，至{u:yyyy年M月d日}" : "";
        var symptoms = r.Symptoms ? "\n⚠ 报告14天内有发热或其他症状，请立即跟进。" : "";
        return $"{PersonalDataMask.Home(r.Building, r.Unit)} {PersonalDataMask.Name(r.Name)}（{PersonalDataMask.Phone(r.Phone)}）" +
               $"自{origin}返回，{r.ArrivalDate:M月d日}到达。结果：{result}；{decision.Instructions.TrimEnd('。')}{until}。{symptoms}";
    }
}

public sealed record SubmitResult(Guid ReportId, bool Updated, RiskMatchKind Match, RiskLevel? Level, PolicyDecision Decision, string Hotline, bool Symptoms);

using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Persistence;
using CommunityNotices.Privacy;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Notifier.Reports;

/// <summary>
/// After a new list changed some reports' results: tells each resident their new instructions privately, and each
/// community's staff group which buildings are affected (buildings only, no names). Re-entrant: a re-evaluation is
/// marked notified once done, so a retry picks up only what is left.
/// </summary>
public sealed class NotifyReevaluations(NoticesDb db, ResidentMessenger residents, IStaffNotifier staff, ReportPolicy policy, TimeProvider clock)
{
    [Queue("urgent")]
    public async Task RunAsync(CancellationToken ct)
    {
        var pending = await (
            from e in db.ReportReevaluations
            where e.NotifiedAt == null
            join r in db.Reports on e.ReportId equals r.Id
            join c in db.Communities on r.CommunityId equals c.Id
            orderby e.Id
            select new { Reevaluation = e, Report = r, c.Hotline }).Take(1000).ToListAsync(ct);

        foreach (var item in pending)
        {
            var r = item.Report;
            var decision = policy.Decide(Enum.Parse<RiskMatchKind>(item.Reevaluation.NewMatch, ignoreCase: true), item.Reevaluation.NewLevel, r.ArrivalDate);
            await residents.SendAsync(r.ConversationReference, ResidentText(r.Language, decision, item.Hotline), ct);
        }

        foreach (var community in pending.GroupBy(p => p.Report.CommunityId))
        {
            var buildings = community.Select(p => PersonalDataMask.Home(p.Report.Building, p.Report.Unit)).Distinct().Order(StringComparer.Ordinal);
            await staff.NotifyAsync(community.Key, "风险地区调整：报备结果变化",
                $"风险地区名单更新后，以下楼栋共{community.Count()}份报备的结果发生变化，请跟进：{string.Join("、", buildings)}。详情见报备台账。", ct);
        }

        var now = clock.GetUtcNow();
        foreach (var item in pending)
        {
            item.Reevaluation.NotifiedAt = now;
        }

        await db.SaveChangesAsync(ct);
    }

    private static string ResidentText(string language, PolicyDecision decision, string hotline)
    {
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var until = decision.Until is { } u ? (english ? $" Until: {u:yyyy-MM-dd}." : $"截止日期：{u:yyyy年M月d日}。") : "";
        return english
            ? $"The official risk-area list has changed and so has the result of your return report. What to do now: {decision.InstructionsEn}{until} Community hotline: {hotline}"
            : $"官方风险地区名单已更新，您的返乡报备结果随之变化。现在的要求：{decision.Instructions}{until}社区电话：{hotline}";
    }
}

using CommunityNotices.CheckIns;
using CommunityNotices.Hosting;
using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Persistence;
using CommunityNotices.Privacy;
using CommunityNotices.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CommunityNotices.Notifier.CheckIns;

/// <summary>
/// The daily health check-in cycle, idempotent and driven by the clock: at each community's check-in time every
/// resident under isolation or monitoring is asked once (unique per report and day); no reply within the window → one
/// reminder; still none → the staff get the missing list by building; on the last day the resident hears the period
/// is over and the report is completed. A re-evaluation that moves a report's end date moves its check-ins with it,
/// because the cycle reads the end date each time.
/// </summary>
public sealed class RunCheckIns(NoticesDb db, ResidentMessenger residents, IStaffNotifier staff, IOptions<CheckInOptions> options, TimeProvider clock)
{
    public async Task HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var timeOfDay = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ChinaTime.Zone).DateTime);
        var communities = (await db.Communities.AsNoTracking().Select(c => new { c.Id, c.CheckInTime }).ToListAsync(ct))
            .Where(c => c.CheckInTime <= timeOfDay).Select(c => c.Id).ToList();

        await CompleteAsync(communities, today, ct);
        await AskAsync(communities, today, now, ct);
        await RemindAsync(now, ct);
        await ReportMissingAsync(now, ct);
    }

    private async Task CompleteAsync(List<Guid> communities, DateOnly today, CancellationToken ct)
    {
        var ending = await db.Reports.Where(r => r.Status == ReportStatus.Active && r.Until != null && r.Until <= today && communities.Contains(r.CommunityId))
            .ToListAsync(ct);
        foreach (var report in ending)
        {
            report.Status = ReportStatus.Completed;
            report.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await residents.SendAsync(report.ConversationReference, report.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                ? "Your isolation/monitoring period is over. Thank you for your cooperation!"
                : "您的隔离/监测期满，感谢您的理解与配合！", ct);
        }

        foreach (var community in ending.GroupBy(r => r.CommunityId))
        {
            await staff.NotifyAsync(community.Key, "隔离/监测期满",
                $"今日期满{community.Count()}人：{string.Join("、", community.Select(r => $"{PersonalDataMask.Home(r.Building, r.Unit)} {PersonalDataMask.Name(r.Name)}"))}。", ct);
        }
    }

    private async Task AskAsync(List<Guid> communities, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.Reports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Active && r.Until != null && r.Until > today && communities.Contains(r.CommunityId)
                        && !db.CheckIns.Any(c => c.ReportId == r.Id && c.Day == today))
            .ToListAsync(ct);
        foreach (var report in due)
        {
            var checkIn = new CheckIn
            {
                ReportId = report.Id, CommunityId = report.CommunityId, Day = today, AskedAt = now, ConversationId = ConversationIdOf(report.ConversationReference),
            };
            db.CheckIns.Add(checkIn);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another Notifier asked this resident today already.
                db.ChangeTracker.Clear();
                continue;
            }

            await residents.SendAsync(report.ConversationReference, report.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                ? $"Daily health check-in ({today:yyyy-MM-dd}): please reply with your temperature and any symptoms, e.g. \"36.5\" or \"37.5 cough\"."
                : $"每日健康打卡（{today:M月d日}）：请回复您今天的体温和症状，例如“36.5”或“37.5 咳嗽”。", ct);
        }
    }

    private async Task RemindAsync(DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now - options.Value.ReplyWindow;
        var late = await db.CheckIns.Where(c => c.RepliedAt == null && c.RemindedAt == null && c.AskedAt <= cutoff).ToListAsync(ct);
        foreach (var checkIn in late)
        {
            checkIn.RemindedAt = now;
            await db.SaveChangesAsync(ct);
            var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == checkIn.ReportId, ct);
            await residents.SendAsync(report.ConversationReference, report.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                ? "Reminder: please reply with today's temperature and symptoms, e.g. \"36.5\"."
                : "提醒：您今天还没有完成健康打卡，请回复体温和症状，例如“36.5”。", ct);
        }
    }

    private async Task ReportMissingAsync(DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now - options.Value.ReplyWindow;
        var missing = await (
            from c in db.CheckIns
            where c.RepliedAt == null && c.RemindedAt != null && c.RemindedAt <= cutoff && c.ReportedMissingAt == null
            join r in db.Reports on c.ReportId equals r.Id
            select new { CheckIn = c, r.Building, r.Unit, r.Name }).ToListAsync(ct);
        foreach (var community in missing.GroupBy(m => m.CheckIn.CommunityId))
        {
            var lines = community.GroupBy(m => PersonalDataMask.Home(m.Building, m.Unit)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}：{string.Join("、", g.Select(m => PersonalDataMask.Name(m.Name)))}");
            await staff.NotifyAsync(community.Key, "健康打卡未完成", $"以下{community.Count()}人提醒后仍未打卡，请电话跟进：\n{string.Join("\n", lines)}", ct);
            foreach (var item in community)
            {
                item.CheckIn.ReportedMissingAt = now;
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static string? ConversationIdOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        try
        {
            return JObject.Parse(reference)["conversation"]?["id"]?.ToString();
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}

using System.Globalization;
using CommunityNotices.Hosting;
using CommunityNotices.Persistence;
using CommunityNotices.Privacy;
using CommunityNotices.Reports;
using CommunityNotices.Schedules;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.CheckIns;

/// <summary>
/// A resident's answer to today's check-in ("36.5", "36.8 无症状", "37.5 咳嗽"): recorded, and fever (≥37.3 °C) or
/// symptoms alert the staff group at once (masked identity, building) and send the resident to a fever clinic.
/// </summary>
public sealed class RecordCheckInReply(NoticesDb db, IStaffNotifier staff, TimeProvider clock)
{
    /// <returns>What to tell the resident, or null when there is no open check-in in this conversation.</returns>
    public async Task<string?> HandleAsync(string conversationId, string? text, CancellationToken ct)
    {
        var since = ChinaTime.Today(clock).AddDays(-1);
        var checkIn = await db.CheckIns.Where(c => c.ConversationId == conversationId && c.RepliedAt == null && c.Day >= since)
            .OrderByDescending(c => c.Day).FirstOrDefaultAsync(ct);
        if (checkIn is null)
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == checkIn.ReportId, ct);
        var english = report.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var reply = CheckInReplyParser.Parse(text);
        if (!reply.Valid)
        {
            return english
                ? $"Please reply with today's temperature and any symptoms, e.g. \"36.5\" or \"37.5 cough\". {reply.Problem}"
                : $"请回复今天的体温和症状，例如“36.5”或“37.5 咳嗽”。{reply.Problem}";
        }

        checkIn.RepliedAt = clock.GetUtcNow();
        checkIn.Temperature = reply.Temperature;
        checkIn.Symptoms = reply.Symptoms;
        checkIn.SymptomWords = reply.SymptomWords.Length == 0 ? null : string.Join(",", reply.SymptomWords);
        checkIn.Alert = reply.NeedsAlert;
        await db.SaveChangesAsync(ct);
        if (!reply.NeedsAlert)
        {
            return english ? "Recorded, thank you. Take care!" : "已记录，谢谢配合，祝您健康！";
        }

        var temperature = reply.Temperature is { } t ? t.ToString("0.0", CultureInfo.InvariantCulture) + "℃" : "未报体温";
        var symptoms = reply.SymptomWords.Length == 0 ? "" : "，" + string.Join("、", reply.SymptomWords);
        await staff.NotifyAsync(report.CommunityId, "【紧急】健康打卡异常",
            $"{PersonalDataMask.Home(report.Building, report.Unit)} {PersonalDataMask.Name(report.Name)}（{PersonalDataMask.Phone(report.Phone)}）" +
            $"今日打卡：{temperature}{symptoms}。请立即联系并安排就医。", ct);
        return english
            ? "URGENT: you have a fever or symptoms. Wear a mask and go to the nearest fever clinic now, avoiding public transport; the community staff have been told and will contact you."
            : "【紧急】您有发热或其他症状：请立即佩戴口罩，前往就近发热门诊就诊，途中避免乘坐公共交通；社区工作人员已收到通知，会尽快联系您。";
    }
}

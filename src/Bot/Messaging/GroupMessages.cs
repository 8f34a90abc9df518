using System.Text;
using CommunityNotices.Broadcasts;
using CommunityNotices.Divisions;
using CommunityNotices.Groups;
using CommunityNotices.Hosting;
using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Messaging;

/// <summary>
/// What the bot does with messages in a group it posts to: counts acknowledgements ("收到", "1") of broadcasts that
/// asked for one, and answers the secretaries' commands in a staff group ("风险地区", "今日报备").
/// </summary>
public sealed class GroupMessages(NoticesDb db, RiskListCatalog catalog, TimeProvider clock)
{
    private static readonly string[] Acks = ["1", "收到", "已收到", "收到了", "收到！", "收到!", "ok", "received"];

    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rateKey = GroupRegistration.RateKeyOf(turn.Activity);
        var group = await db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Channel == ChannelKind.BotFramework && g.RateKey == rateKey, ct);
        if (group?.CommunityId is not { } communityId)
        {
            return false;
        }

        var text = (turn.Activity.Text ?? "").Trim();
        if (Acks.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            await CountAcknowledgementAsync(group.Id, ct);
            return true;
        }

        if (!group.Tags.Contains(StaffNotifier.StaffTag))
        {
            return false;
        }

        var reply = text switch
        {
            "风险地区" => await RiskAreasAsync(communityId, ct),
            "今日报备" => await TodaysReportsAsync(communityId, ct),
            _ => null,
        };
        if (reply is null)
        {
            return false;
        }

        await turn.SendActivityAsync(reply, cancellationToken: ct);
        return true;
    }

    private async Task CountAcknowledgementAsync(Guid groupId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddHours(-48);
        var latest = await (
            from d in db.Deliveries
            join b in db.Broadcasts on d.BroadcastId equals b.Id
            where d.GroupId == groupId && b.RequestAck && d.Status == DeliveryStatus.Delivered && d.DeliveredAt >= since
            orderby d.DeliveredAt descending
            select d.Id).FirstOrDefaultAsync(ct);
        if (latest != 0)
        {
            await db.Deliveries.Where(d => d.Id == latest).ExecuteUpdateAsync(s => s.SetProperty(d => d.Acknowledgements, d => d.Acknowledgements + 1), ct);
        }
    }

    private async Task<string> RiskAreasAsync(Guid communityId, CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == communityId, ct);
        var province = AddressNormalizer.Normalize(community.District).Province;
        var list = await catalog.GetCurrentAsync(ct);
        if (list is null)
        {
            return "尚未导入风险地区名单。";
        }

        var entries = list.List.Entries.Where(e => e.Level != RiskLevel.Low && (province is null || e.Province == province)).ToList();
        var text = new StringBuilder($"{list.PublishedAt:yyyy年M月d日H时}起，{province ?? "全国"}中高风险地区共{entries.Count}个");
        foreach (var level in new[] { RiskLevel.High, RiskLevel.Medium })
        {
            var names = entries.Where(e => e.Level == level).Select(e => e.DisplayName).ToList();
            if (names.Count > 0)
            {
                text.Append($"\n{(level == RiskLevel.High ? "高风险" : "中风险")}（{names.Count}）：{string.Join("、", names.Take(30))}{(names.Count > 30 ? "等" : "")}");
            }
        }

        return text.ToString();
    }

    private async Task<string> TodaysReportsAsync(Guid communityId, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var reports = await db.Reports.AsNoTracking().Where(r => r.CommunityId == communityId && r.CreatedAt >= start)
            .Select(r => new { r.Match, r.Level, r.Symptoms }).ToListAsync(ct);
        return $"今日报备{reports.Count}份：高风险地区{reports.Count(r => r.Match == "area" && r.Level == RiskLevel.High)}，" +
               $"中风险地区{reports.Count(r => r.Match == "area" && r.Level == RiskLevel.Medium)}，风险区县{reports.Count(r => r.Match == "district")}，" +
               $"其他{reports.Count(r => r.Match == "none")}；有症状{reports.Count(r => r.Symptoms)}。详情见报备台账。";
    }
}

using CommunityNotices.Bot.Schedules;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Schedules;

/// <summary>How schedules read on the pages.</summary>
public static class ScheduleText
{
    private static readonly Dictionary<string, (string Zh, string En)> DayNames = new()
    {
        ["mon"] = ("一", "Mon"), ["tue"] = ("二", "Tue"), ["wed"] = ("三", "Wed"), ["thu"] = ("四", "Thu"),
        ["fri"] = ("五", "Fri"), ["sat"] = ("六", "Sat"), ["sun"] = ("日", "Sun"),
    };

    public static IEnumerable<(string Key, string Name)> Days => DayNames.Select(d => (d.Key, T("周" + d.Value.Zh, d.Value.En)));

    /// <summary>"每天 09:00", "每周一、四 08:30", "2026-12-15 08:30 一次", or the cron expression.</summary>
    public static string Describe(ScheduleResponse s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Recurrence is not { } r || r.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return "cron: " + s.Cron;
        }

        string? Get(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        var days = r.TryGetProperty("days", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.Array
            ? d.EnumerateArray().Select(x => x.GetString() ?? "").Select(x => DayNames.TryGetValue(x, out var n) ? T(n.Zh, n.En) : x).ToList()
            : [];
        return Get("kind") switch
        {
            "daily" => T($"每天 {Get("time")}", $"daily at {Get("time")}"),
            "weekly" => T($"每周{string.Join("、", days)} {Get("time")}", $"weekly on {string.Join(", ", days)} at {Get("time")}"),
            "once" => T($"{Get("at")?.Replace('T', ' ')} 一次", $"once at {Get("at")?.Replace('T', ' ')}"),
            _ => "cron: " + s.Cron,
        };
    }

    /// <summary>"发送到：本社区所有群组" or "…带标签 staff 的群组", plus any groups named through the API.</summary>
    public static string Targets(ScheduleResponse s)
    {
        ArgumentNullException.ThrowIfNull(s);
        IReadOnlyList<string> List(string name) => s.Targets.ValueKind == System.Text.Json.JsonValueKind.Object
            && s.Targets.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.ToString()).ToList() : [];
        var tags = List("tags");
        var groups = List("groupIds").Count;
        var communities = List("communityIds").Count;
        var scope = communities == 0 ? "" : tags.Count == 0
            ? T("本社区所有群组", "every group of the community")
            : T($"本社区带标签 {string.Join("、", tags)} 的群组", $"the community's groups tagged {string.Join(", ", tags)}");
        var named = groups == 0 ? "" : T($"{groups} 个指定群组", $"{groups} named group(s)");
        return T("发送到：", "Sends to: ") + string.Join(T("，以及", ", and "), new[] { scope, named }.Where(x => x.Length > 0));
    }

    public static string Error(string field, string message) => field switch
    {
        "name" => T("请填写名称（最多 200 字）。", "Enter a name (at most 200 characters)."),
        "communityId" => T("请选择社区。", "Choose a community."),
        "title" => T("请填写标题（最多 200 字）。", "Enter a title (at most 200 characters)."),
        "body" => T("请填写正文（可用 {{ communityName }}、{{ hotline }}、{{ date }}）：", "Enter the text ({{ communityName }}, {{ hotline }}, {{ date }} may be used): ") + message,
        "cron" => T("Cron 表达式无效（Quartz 格式，秒在前，如 0 30 8 ? * MON,THU）：", "Invalid cron (Quartz, seconds first, e.g. 0 30 8 ? * MON,THU): ") + message,
        "recurrence" => T("时间设置有误：", "The timing is not valid: ") + message,
        "timeZone" => T("时区无效（IANA 名称，如 Asia/Shanghai）。", "Unknown time zone (an IANA id such as Asia/Shanghai)."),
        _ => message,
    };
}

using CommunityNotices.Broadcasts;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Broadcasts;

/// <summary>Names of broadcast kinds, statuses and channels as the pages show them.</summary>
public static class BroadcastText
{
    public static string Kind(string kind) => kind switch
    {
        BroadcastKind.RiskUpdate => T("风险提示", "Risk update"),
        BroadcastKind.OpenLetter => T("公开信", "Open letter"),
        BroadcastKind.Reminder => T("提醒", "Reminder"),
        _ => T("通知", "Notice"),
    };

    public static string Status(string status) => status switch
    {
        BroadcastStatus.Draft => T("草稿", "draft"),
        BroadcastStatus.Scheduled => T("已定时", "scheduled"),
        BroadcastStatus.Sending => T("发送中", "sending"),
        BroadcastStatus.Sent => T("已发送", "sent"),
        BroadcastStatus.Cancelled => T("已取消", "cancelled"),
        DeliveryStatus.Pending => T("等待发送", "pending"),
        DeliveryStatus.Delivered => T("已送达", "delivered"),
        DeliveryStatus.Retrying => T("重试中", "retrying"),
        DeliveryStatus.Failed => T("失败", "failed"),
        _ => status,
    };

    public static string Channel(string channel) => channel switch
    {
        "botframework" => "Teams / Bot Framework",
        "wecom" => T("企业微信", "WeCom"),
        "dingtalk" => T("钉钉", "DingTalk"),
        "feishu" => T("飞书", "Feishu"),
        "webhook" => T("网页 / Webhook", "Web / webhook"),
        _ => channel,
    };

    /// <summary>The handler's field errors in the page's language.</summary>
    public static string Error(string field, string message) => field switch
    {
        "title" => T("请填写标题（最多 200 字）。", "Enter a title (at most 200 characters)."),
        "body" => T("请填写正文（最多 20000 字）。", "Enter the text (at most 20,000 characters)."),
        "kind" => T("请选择类型。", "Choose a kind."),
        "sendAt" => T("定时发送时间已过，请选择将来的时间，或立即发送。", "The send time has passed: choose a later time or send now."),
        "targets" => T("请至少选择一个社区或群组。", "Choose at least one community or group."),
        "targets.groupIds" => T("所选群组不存在。", "A chosen group does not exist."),
        "status" => T("只有草稿可以修改。", "Only drafts can be edited."),
        _ => message,
    };
}

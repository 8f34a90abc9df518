using CommunityNotices.Channels;
using CommunityNotices.Notifier.Deliveries;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>How a broadcast will look on each kind of channel: Markdown where the vendor renders it, plain text otherwise.</summary>
public static class BroadcastPreview
{
    public static Dictionary<string, string> Render(string title, string body, bool requestAck)
    {
        var text = requestAck ? $"{body}\n\n{MessageShaper.AckLine}" : body;
        return new Dictionary<string, string>
        {
            ["botframework"] = $"**{title}**\n\n{text}",
            ["wecom"] = MarkdownText.ForWeCom($"## {title}\n\n{text}"),
            ["dingtalk"] = MarkdownText.ForDingTalk($"## {title}\n\n{text}"),
            ["feishu"] = MarkdownText.ForFeishu($"**{title}**\n\n{text}"),
            ["webhook"] = MarkdownText.ToPlain($"{title}\n\n{text}"),
        };
    }
}

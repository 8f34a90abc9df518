using System.Text;
using CommunityNotices.Channels;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>Turns a planned send (one broadcast or a digest) into the messages a channel can take.</summary>
public static class MessageShaper
{
    public const string AckLine = "收到请回复 1";

    public static IReadOnlyList<OutgoingMessage> Shape(PlannedSend send, ChannelLimits limits)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(limits);
        var (title, body) = send.IsDigest ? Digest(send) : (send.Carrier.Title, WithAck(send.Carrier));
        var budget = limits.MaxMessageBytes - Encoding.UTF8.GetByteCount(title) - 64;
        var parts = MessageSplitter.Split(body, Math.Max(256, budget));
        return parts.Count <= 1
            ? [new OutgoingMessage(title, parts.Count == 0 ? "" : parts[0])]
            : parts.Select((p, i) => new OutgoingMessage($"{title}（{i + 1}/{parts.Count}）", p)).ToList();
    }

    private static string WithAck(ClaimedDelivery d) => d.RequestAck ? $"{d.Body}\n\n{AckLine}" : d.Body;

    private static (string Title, string Body) Digest(PlannedSend send)
    {
        var items = send.All.ToList();
        var body = string.Join("\n\n---\n\n", items.Select((d, i) => $"**{i + 1}. {d.Title}**\n\n{d.Body}"));
        return ($"通知汇总（{items.Count}条）", body);
    }
}

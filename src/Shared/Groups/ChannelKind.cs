namespace CommunityNotices.Groups;

/// <summary>The chat system a group lives in; each kind has one channel implementation.</summary>
public enum ChannelKind
{
    BotFramework,
    WeCom,
    DingTalk,
    Feishu,
    Webhook,
}

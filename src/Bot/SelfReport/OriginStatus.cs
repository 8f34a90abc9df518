namespace CommunityNotices.Bot.SelfReport;

public enum OriginStatus
{
    Resolved,
    Ambiguous,
    Unknown,
}

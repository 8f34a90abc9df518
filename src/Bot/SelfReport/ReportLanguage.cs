namespace CommunityNotices.Bot.SelfReport;

public enum ReportLanguage
{
    Chinese,
    English,
}

namespace CommunityNotices.Bot.SelfReport;

public sealed record CommunityChoice(Guid Id, string Name, string Hotline);

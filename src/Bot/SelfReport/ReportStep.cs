namespace CommunityNotices.Bot.SelfReport;

/// <summary>The question a <see cref="ReportDraft"/> is waiting on.</summary>
public enum ReportStep
{
    Consent,
    Name,
    Phone,
    Community,
    Home,
    Origin,
    OriginChoice,
    Departure,
    Arrival,
    Travel,
    Health,
    Summary,
}

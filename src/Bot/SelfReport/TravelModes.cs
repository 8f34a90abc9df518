namespace CommunityNotices.Bot.SelfReport;

/// <summary>The values stored in <see cref="ReportDraft.TravelMode"/>.</summary>
public static class TravelModes
{
    public const string Train = "train";
    public const string Flight = "flight";
    public const string Car = "car";
    public const string Bus = "bus";
    public const string Other = "other";
}

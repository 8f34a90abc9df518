namespace CommunityNotices.Broadcasts;

/// <summary>What a broadcast is; notices and reminders to one group may be merged into a digest when a channel's limit is reached.</summary>
public static class BroadcastKind
{
    public const string RiskUpdate = "risk-update";
    public const string OpenLetter = "open-letter";
    public const string Reminder = "reminder";
    public const string Notice = "notice";

    public static readonly string[] All = [RiskUpdate, OpenLetter, Reminder, Notice];

    public static bool IsMergeable(string kind) => kind is Notice or Reminder;
}

namespace CommunityNotices.Persistence;

/// <summary>An inbound chat activity already handled; channels retry, and a retry must not be processed twice.</summary>
public sealed class ProcessedActivity
{
    public string Key { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

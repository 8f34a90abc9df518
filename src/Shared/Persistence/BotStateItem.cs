namespace CommunityNotices.Persistence;

/// <summary>One Bot Framework state document (conversation or user state), with the ETag that guards concurrent writes.</summary>
public sealed class BotStateItem
{
    public string Key { get; set; } = "";
    public string Document { get; set; } = "";
    public string ETag { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace CommunityNotices.Groups;

/// <summary>One place we can post to (a Teams channel, a WeCom robot's group, ...), in one community.</summary>
public sealed class Group
{
    private Group() { }

    public Group(Guid communityId, string name, ChannelKind channel, string address, IEnumerable<string> tags, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CommunityId = communityId;
        Name = name;
        Channel = channel;
        Address = address;
        Tags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        IsActive = true;
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public ChannelKind Channel { get; private set; }
    /// <summary>Channel-specific JSON (webhook URL and secret, or a Bot Framework conversation reference). Never returned in full.</summary>
    public string Address { get; private set; } = "";
    public List<string> Tags { get; private set; } = [];
    public bool IsActive { get; private set; }
    public string? InactiveReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void Deactivate(string reason)
    {
        IsActive = false;
        InactiveReason = reason;
    }
}

namespace CommunityNotices.Groups;

/// <summary>
/// One place we can post to (a Teams channel, a WeCom robot's group, ...). A Bot Framework conversation registers
/// itself when the bot is added and belongs to no community until staff bind it.
/// </summary>
public sealed class Group
{
    private Group() { }

    public Group(Guid? communityId, string name, ChannelKind channel, string address, string rateKey, IEnumerable<string> tags, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CommunityId = communityId;
        Name = name;
        Channel = channel;
        Address = address;
        RateKey = rateKey;
        Tags = CleanTags(tags).ToList();
        IsActive = true;
        CreatedAt = now.ToUniversalTime();
        UpdatedAt = CreatedAt;
    }

    public Guid Id { get; private set; }
    public Guid? CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public ChannelKind Channel { get; private set; }
    /// <summary>Channel-specific JSON (webhook URL and secret, or a Bot Framework conversation reference). Never returned in full.</summary>
    public string Address { get; private set; } = "";
    /// <summary>The identity the channel's rate limit applies to (a robot key, a conversation): groups sharing a robot share a limit.</summary>
    public string RateKey { get; private set; } = "";
    public List<string> Tags { get; private set; } = [];
    public bool IsActive { get; private set; }
    public string? InactiveReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(Guid? communityId, string? name, string? address, string? rateKey, IEnumerable<string>? tags, DateTimeOffset now)
    {
        CommunityId = communityId ?? CommunityId;
        Name = name ?? Name;
        Address = address ?? Address;
        RateKey = rateKey ?? RateKey;
        Tags = tags is null ? Tags : CleanTags(tags).ToList();
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>The channel said the bot or robot is gone (blocked, removed, invalid key): stop sending here.</summary>
    public void Deactivate(string reason, DateTimeOffset now)
    {
        IsActive = false;
        InactiveReason = reason;
        UpdatedAt = now.ToUniversalTime();
    }

    public void Reactivate(DateTimeOffset now)
    {
        IsActive = true;
        InactiveReason = null;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Staff switch a group off or on; switching it to the state it is in changes nothing.</summary>
    public void SetActiveByStaff(bool active, DateTimeOffset now)
    {
        if (active && !IsActive)
        {
            Reactivate(now);
        }
        else if (!active && IsActive)
        {
            Deactivate("deactivated by staff", now);
        }
    }

    /// <summary>Tags as groups keep them: trimmed, 1–40 characters, no repeats, at most 20.</summary>
    public static IEnumerable<string> CleanTags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim()).Where(t => t.Length is > 0 and <= 40).Distinct().Take(20);
}

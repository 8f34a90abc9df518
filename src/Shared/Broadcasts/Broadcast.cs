namespace CommunityNotices.Broadcasts;

/// <summary>A message written once and delivered to every target group.</summary>
public sealed class Broadcast
{
    private Broadcast() { }

    public Broadcast(string title, string body, string kind, string targets, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Title = title;
        Body = body;
        Kind = kind;
        Targets = targets;
        Status = "draft";
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Kind { get; set; } = "notice";
    /// <summary>JSON: <c>{communityIds, groupIds, tags}</c>.</summary>
    public string Targets { get; set; } = "{}";
    public DateTimeOffset? SendAt { get; set; }
    public bool RequestAck { get; set; }
    public string Status { get; set; } = "draft";
    public DateTimeOffset CreatedAt { get; private set; }
    public List<Delivery> Deliveries { get; private set; } = [];
}

using System.Text.Json;

namespace CommunityNotices.Broadcasts;

/// <summary>A message written once and delivered to every target group; guards its own life cycle.</summary>
public sealed class Broadcast
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Broadcast() { }

    /// <param name="scope">Communities the broadcast concerns beyond its targeted ones (those of named groups), for access checks only.</param>
    public Broadcast(string title, string body, string kind, BroadcastTargets targets, string createdBy, DateTimeOffset now, IEnumerable<Guid>? scope = null)
    {
        Id = Guid.CreateVersion7();
        Title = title;
        Body = body;
        Kind = kind;
        SetTargets(targets);
        CommunityIds = CommunityIds.Union(scope ?? []).ToList();
        CreatedBy = createdBy;
        Status = BroadcastStatus.Draft;
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Markdown; rendered per channel at send time.</summary>
    public string Body { get; private set; } = "";
    public string Kind { get; private set; } = BroadcastKind.Notice;
    /// <summary>JSON of <see cref="BroadcastTargets"/>.</summary>
    public string Targets { get; private set; } = "{}";
    /// <summary>The communities the targets touch, for scoping secretaries' access.</summary>
    public List<Guid> CommunityIds { get; private set; } = [];
    public DateTimeOffset? SendAt { get; private set; }
    public bool RequestAck { get; private set; }
    public string Status { get; private set; } = BroadcastStatus.Draft;
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? QueuedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public BroadcastTargets ParsedTargets => JsonSerializer.Deserialize<BroadcastTargets>(Targets, Json) ?? new BroadcastTargets([], [], []);

    public bool IsEditable => Status == BroadcastStatus.Draft;

    public void Edit(string? title, string? body, BroadcastTargets? targets, DateTimeOffset? sendAt, bool? requestAck)
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException($"Broadcast {Id} is {Status}; only drafts can be edited.");
        }

        Title = title ?? Title;
        Body = body ?? Body;
        if (targets is not null)
        {
            SetTargets(targets);
        }

        SendAt = sendAt?.ToUniversalTime() ?? SendAt;
        RequestAck = requestAck ?? RequestAck;
    }

    /// <summary>Draft → scheduled (sendAt in the future) or sending. Returns false when it was already queued.</summary>
    public bool MarkQueued(DateTimeOffset now)
    {
        if (Status != BroadcastStatus.Draft)
        {
            return false;
        }

        Status = SendAt > now ? BroadcastStatus.Scheduled : BroadcastStatus.Sending;
        QueuedAt = now.ToUniversalTime();
        return true;
    }

    public bool CanCancel => Status is BroadcastStatus.Draft or BroadcastStatus.Scheduled or BroadcastStatus.Sending;

    public void Cancel(DateTimeOffset now)
    {
        if (!CanCancel)
        {
            throw new InvalidOperationException($"Broadcast {Id} is {Status} and can no longer be cancelled.");
        }

        Status = BroadcastStatus.Cancelled;
        CompletedAt = now.ToUniversalTime();
    }

    public void MarkCompleted(DateTimeOffset now)
    {
        if (Status is BroadcastStatus.Scheduled or BroadcastStatus.Sending)
        {
            Status = BroadcastStatus.Sent;
            CompletedAt = now.ToUniversalTime();
        }
    }

    private void SetTargets(BroadcastTargets targets)
    {
        Targets = JsonSerializer.Serialize(targets, Json);
        CommunityIds = targets.CommunityIds.Distinct().ToList();
    }
}

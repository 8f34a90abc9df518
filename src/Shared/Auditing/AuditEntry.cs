namespace CommunityNotices.Auditing;

/// <summary>A record of who read or changed what; written for every unmasked read of personal data.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(string actor, string action, string subject, string? detail, DateTimeOffset now)
    {
        Actor = actor;
        Action = action;
        Subject = subject;
        Detail = detail;
        At = now.ToUniversalTime();
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string? Detail { get; private set; }
}

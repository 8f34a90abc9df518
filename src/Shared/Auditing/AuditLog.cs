using CommunityNotices.Persistence;

namespace CommunityNotices.Auditing;

/// <summary>Adds audit entries to the caller's unit of work, so the entry and the change commit together.</summary>
public sealed class AuditLog(NoticesDb db, TimeProvider clock)
{
    public void Record(string actor, string action, string subject, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(actor, action, subject, detail, clock.GetUtcNow()));
}

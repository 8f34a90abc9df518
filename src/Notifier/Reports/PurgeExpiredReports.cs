using CommunityNotices.Auditing;
using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.Reports;

/// <summary>
/// Deletes reports older than Reports:RetentionDays (the period the consent text promised), with what hangs on
/// them, web chat transcripts idle as long (residents type their name and phone there), and forgets old inbound
/// activity ids. Idempotent: running it twice deletes nothing more.
/// </summary>
public sealed class PurgeExpiredReports(NoticesDb db, AuditLog audit, IOptions<ReportPolicyOptions> options, TimeProvider clock)
{
    public async Task HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        var reports = await db.Reports.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        var idle = db.DirectLineConversations.Where(c => c.LastActivityAt < cutoff).Select(c => c.Id);
        await db.DirectLineActivities.Where(a => idle.Contains(a.ConversationId)).ExecuteDeleteAsync(ct);
        var transcripts = await db.DirectLineConversations.Where(c => c.LastActivityAt < cutoff).ExecuteDeleteAsync(ct);
        var activityCutoff = now.AddDays(-2);
        await db.ProcessedActivities.Where(a => a.At < activityCutoff).ExecuteDeleteAsync(ct);
        if (reports > 0 || transcripts > 0)
        {
            audit.Record("system", "reports.purged", "reports",
                $"{reports} report(s) created before {cutoff:O}; {transcripts} web chat transcript(s) idle since then");
            await db.SaveChangesAsync(ct);
        }
    }
}

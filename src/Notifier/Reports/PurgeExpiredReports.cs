using CommunityNotices.Auditing;
using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.Reports;

/// <summary>
/// Deletes reports older than Reports:RetentionDays (the period the consent text promised), with what hangs on
/// them, and forgets old inbound activity ids. Idempotent: running it twice deletes nothing more.
/// </summary>
public sealed class PurgeExpiredReports(NoticesDb db, AuditLog audit, IOptions<ReportPolicyOptions> options, TimeProvider clock)
{
    public async Task HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        var reports = await db.Reports.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        var activityCutoff = now.AddDays(-2);
        await db.ProcessedActivities.Where(a => a.At < activityCutoff).ExecuteDeleteAsync(ct);
        if (reports > 0)
        {
            audit.Record("system", "reports.purged", "reports", $"{reports} report(s) created before {cutoff:O}");
            await db.SaveChangesAsync(ct);
        }
    }
}

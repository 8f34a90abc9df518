using CommunityNotices.Auditing;
using CommunityNotices.Communities;
using CommunityNotices.Notifier.Reports;
using CommunityNotices.Reports;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CommunityNotices.Notifier.Tests.Reports;

public sealed class PurgeExpiredReportsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Purge_DeletesReportsOlderThanTheRetention_AndKeepsTheRest()
    {
        var now = new DateTimeOffset(2026, 11, 29, 3, 30, 0, TimeSpan.Zero);
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var community = new Community("留存社区", $"r{Guid.NewGuid():N}"[..12], "", "12345", now);
        db.Communities.Add(community);
        var old = new ReturneeReport(community.Id, "旧", "13800000001", now.AddDays(-29));
        var recent = new ReturneeReport(community.Id, "新", "13800000002", now.AddDays(-27));
        db.Reports.AddRange(old, recent);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var clock = new FakeTimeProvider(now);

        await new PurgeExpiredReports(db, new AuditLog(db, clock), Options.Create(new ReportPolicyOptions { RetentionDays = 28 }), clock)
            .HandleAsync(TestContext.Current.CancellationToken);

        db.ChangeTracker.Clear();
        var left = await db.Reports.Where(r => r.CommunityId == community.Id).Select(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([recent.Id], left);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "reports.purged", TestContext.Current.CancellationToken));
    }
}

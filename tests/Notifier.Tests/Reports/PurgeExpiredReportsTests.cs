using CommunityNotices.Auditing;
using CommunityNotices.Communities;
using CommunityNotices.DirectLine;
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
        var idleChat = new DirectLineConversation("dl_old", null, now.AddDays(-29));
        var activeChat = new DirectLineConversation("dl_new", null, now.AddDays(-1));
        db.DirectLineConversations.AddRange(idleChat, activeChat);
        db.DirectLineActivities.Add(new DirectLineActivity(idleChat.Id, 0, idleChat.Id + "|0000000", now.AddDays(-29), "{\"text\":\"张三 13800000001\"}"));
        db.DirectLineActivities.Add(new DirectLineActivity(activeChat.Id, 0, activeChat.Id + "|0000000", now.AddDays(-1), "{}"));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var clock = new FakeTimeProvider(now);

        await new PurgeExpiredReports(db, new AuditLog(db, clock), Options.Create(new ReportPolicyOptions { RetentionDays = 28 }), clock)
            .HandleAsync(TestContext.Current.CancellationToken);

        db.ChangeTracker.Clear();
        var left = await db.Reports.Where(r => r.CommunityId == community.Id).Select(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([recent.Id], left);
        var chats = await db.DirectLineConversations.Where(c => c.Id == idleChat.Id || c.Id == activeChat.Id).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([activeChat.Id], chats);
        Assert.False(await db.DirectLineActivities.AnyAsync(a => a.ConversationId == idleChat.Id, TestContext.Current.CancellationToken));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "reports.purged", TestContext.Current.CancellationToken));
    }
}

using CommunityNotices.Auditing;
using CommunityNotices.Broadcasts;
using CommunityNotices.CheckIns;
using CommunityNotices.Communities;
using CommunityNotices.Groups;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using CommunityNotices.Schedules;
using CommunityNotices.Security;
using CommunityNotices.DirectLine;
using CommunityNotices.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Persistence;

/// <summary>
/// The one database of the service. Provider-specific subclasses exist only so each provider has its own migrations;
/// everything else depends on this type.
/// </summary>
public abstract class NoticesDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<ReturneeReport> Reports => Set<ReturneeReport>();
    public DbSet<RiskAreaList> RiskAreaLists => Set<RiskAreaList>();
    public DbSet<RiskArea> RiskAreas => Set<RiskArea>();
    public DbSet<ReportReevaluation> ReportReevaluations => Set<ReportReevaluation>();
    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<RateLimitState> RateLimits => Set<RateLimitState>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<ScheduleRun> ScheduleRuns => Set<ScheduleRun>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<BotStateItem> BotState => Set<BotStateItem>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every Bot process so tokens and sign-in cookies work on all of them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NoticesDb).Assembly);
}

using CommunityNotices.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class ScheduleRunConfiguration : IEntityTypeConfiguration<ScheduleRun>
{
    public void Configure(EntityTypeBuilder<ScheduleRun> builder)
    {
        builder.ToTable("schedule_runs");
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.HasOne<Schedule>().WithMany().HasForeignKey(r => r.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ScheduleId, r.FireTime }).IsUnique();
    }
}

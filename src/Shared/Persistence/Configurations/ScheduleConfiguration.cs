using CommunityNotices.Communities;
using CommunityNotices.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.ToTable("schedules");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Cron).HasMaxLength(200);
        builder.Property(s => s.TimeZone).HasMaxLength(100);
        builder.Property(s => s.Calendar).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.HasOne<Community>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.ParsedTargets);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("processed_activities");
        builder.HasKey(a => a.Key);
        builder.Property(a => a.Key).HasMaxLength(400);
        builder.HasIndex(a => a.At);
    }
}

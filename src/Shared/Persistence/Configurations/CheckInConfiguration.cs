using CommunityNotices.CheckIns;
using CommunityNotices.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("check_ins");
        builder.Property(c => c.ConversationId).HasMaxLength(400);
        builder.Property(c => c.SymptomWords).HasMaxLength(400);
        builder.Property(c => c.Temperature).HasPrecision(4, 1);
        builder.HasOne<ReturneeReport>().WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ReportId, c.Day }).IsUnique();
        builder.HasIndex(c => new { c.ConversationId, c.Day });
    }
}

using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class ReportReevaluationConfiguration : IEntityTypeConfiguration<ReportReevaluation>
{
    public void Configure(EntityTypeBuilder<ReportReevaluation> builder)
    {
        builder.ToTable("report_reevaluations");
        builder.Property(r => r.OldMatch).HasMaxLength(20);
        builder.Property(r => r.NewMatch).HasMaxLength(20);
        builder.Property(r => r.OldLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.NewLevel).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<ReturneeReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RiskAreaList>().WithMany().HasForeignKey(r => r.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CommunityId, r.At });
        builder.HasIndex(r => r.NotifiedAt);
    }
}

using CommunityNotices.Communities;
using CommunityNotices.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class ReturneeReportConfiguration : IEntityTypeConfiguration<ReturneeReport>
{
    public void Configure(EntityTypeBuilder<ReturneeReport> builder)
    {
        builder.ToTable("returnee_reports");
        builder.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Match).HasMaxLength(20);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(40);
        builder.Property(r => r.Phone).HasMaxLength(20);
        builder.Property(r => r.TravelMode).HasMaxLength(20);
        builder.Property(r => r.TravelNumber).HasMaxLength(20);
        builder.Property(r => r.Language).HasMaxLength(10);
        builder.HasIndex(r => new { r.CommunityId, r.CreatedAt });
        builder.HasIndex(r => new { r.Status, r.Until });
        // Same phone + same arrival date is the same trip: a second report updates the first.
        builder.HasIndex(r => new { r.CommunityId, r.Phone, r.ArrivalDate }).IsUnique();
    }
}

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
        builder.HasIndex(r => new { r.CommunityId, r.CreatedAt });
        // Same phone + same arrival date is the same trip: a second report updates the first.
        builder.HasIndex(r => new { r.CommunityId, r.Phone, r.ArrivalDate }).IsUnique();
    }
}

using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class RiskAreaListConfiguration : IEntityTypeConfiguration<RiskAreaList>
{
    public void Configure(EntityTypeBuilder<RiskAreaList> builder)
    {
        builder.ToTable("risk_area_lists");
        builder.HasIndex(l => l.ContentHash).IsUnique();
        builder.HasIndex(l => l.PublishedAt);
        builder.HasMany(l => l.Areas).WithOne().HasForeignKey(a => a.ListId).OnDelete(DeleteBehavior.Cascade);
    }
}

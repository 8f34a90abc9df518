using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class RiskAreaConfiguration : IEntityTypeConfiguration<RiskArea>
{
    public void Configure(EntityTypeBuilder<RiskArea> builder)
    {
        builder.ToTable("risk_areas");
        builder.Property(a => a.Level).HasMaxLength(10);
        builder.HasIndex(a => a.ListId);
    }
}

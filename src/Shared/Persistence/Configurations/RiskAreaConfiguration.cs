using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class RiskAreaConfiguration : IEntityTypeConfiguration<RiskArea>
{
    public void Configure(EntityTypeBuilder<RiskArea> builder)
    {
        builder.ToTable("risk_areas");
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.DivisionCode).HasMaxLength(12);
        builder.HasIndex(a => a.ListId);
    }
}

using CommunityNotices.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.ToTable("communities");
        builder.Property(c => c.Name).HasMaxLength(CommunityRules.NameMaxLength);
        builder.Property(c => c.Code).HasMaxLength(CommunityRules.CodeMaxLength);
        builder.Property(c => c.District).HasMaxLength(CommunityRules.DistrictMaxLength);
        builder.Property(c => c.Hotline).HasMaxLength(CommunityRules.HotlineMaxLength);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

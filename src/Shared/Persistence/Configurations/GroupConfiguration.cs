using CommunityNotices.Communities;
using CommunityNotices.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("groups");
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.RateKey).HasMaxLength(300);
        builder.HasOne<Community>().WithMany().HasForeignKey(g => g.CommunityId).IsRequired(false);
        builder.HasIndex(g => g.CommunityId);
        builder.HasIndex(g => g.RateKey);
    }
}

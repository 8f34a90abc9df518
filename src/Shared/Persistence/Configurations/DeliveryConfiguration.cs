using CommunityNotices.Broadcasts;
using CommunityNotices.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.Property(d => d.Status).HasMaxLength(20);
        builder.HasOne<Group>().WithMany().HasForeignKey(d => d.GroupId);
        builder.HasIndex(d => new { d.BroadcastId, d.GroupId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}

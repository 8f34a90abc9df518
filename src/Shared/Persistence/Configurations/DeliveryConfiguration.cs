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
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Property(d => d.ChannelMessageId).HasMaxLength(200);
        builder.Ignore(d => d.IsFinal);
        builder.HasOne<Group>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.BroadcastId, d.GroupId }).IsUnique();
        // The claim query: due work in id order.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt, d.Id });
        builder.HasIndex(d => d.LeaseToken);
    }
}

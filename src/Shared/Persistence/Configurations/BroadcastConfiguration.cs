using CommunityNotices.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> builder)
    {
        builder.ToTable("broadcasts");
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.Kind).HasMaxLength(20);
        builder.Property(b => b.Status).HasMaxLength(20);
        builder.Property(b => b.CreatedBy).HasMaxLength(200);
        builder.Ignore(b => b.ParsedTargets);
        builder.Ignore(b => b.IsEditable);
        builder.Ignore(b => b.CanCancel);
        builder.HasMany<Delivery>().WithOne().HasForeignKey(d => d.BroadcastId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.CreatedAt);
    }
}

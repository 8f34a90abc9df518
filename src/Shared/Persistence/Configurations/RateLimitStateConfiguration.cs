using CommunityNotices.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class RateLimitStateConfiguration : IEntityTypeConfiguration<RateLimitState>
{
    public void Configure(EntityTypeBuilder<RateLimitState> builder)
    {
        builder.ToTable("rate_limit_states");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(300);
        builder.Property(s => s.RecentSends).HasMaxLength(4000);
    }
}

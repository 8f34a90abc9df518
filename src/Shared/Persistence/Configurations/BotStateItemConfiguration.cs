using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class BotStateItemConfiguration : IEntityTypeConfiguration<BotStateItem>
{
    public void Configure(EntityTypeBuilder<BotStateItem> builder)
    {
        builder.ToTable("bot_state");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.ETag).HasMaxLength(64);
    }
}

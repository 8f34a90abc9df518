using CommunityNotices.DirectLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> builder)
    {
        builder.ToTable("directline_conversations");
        builder.Property(c => c.Id).HasMaxLength(40);
        builder.Property(c => c.UserId).HasMaxLength(40);
        builder.Property(c => c.CommunityCode).HasMaxLength(40);
        builder.HasIndex(c => c.LastActivityAt);
    }
}

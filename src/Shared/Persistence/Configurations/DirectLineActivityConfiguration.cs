using CommunityNotices.DirectLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class DirectLineActivityConfiguration : IEntityTypeConfiguration<DirectLineActivity>
{
    public void Configure(EntityTypeBuilder<DirectLineActivity> builder)
    {
        builder.ToTable("directline_activities");
        // The key doubles as the guard against two writers taking the same watermark: the loser retries.
        builder.HasKey(a => new { a.ConversationId, a.Index });
        builder.Property(a => a.ConversationId).HasMaxLength(40);
        builder.Property(a => a.ActivityId).HasMaxLength(64);
        builder.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

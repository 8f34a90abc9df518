using CommunityNotices.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityNotices.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Ignore(k => k.IsActive);
    }
}

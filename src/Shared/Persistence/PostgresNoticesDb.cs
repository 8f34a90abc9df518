using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityNotices.Persistence;

/// <summary>The production database, shared by every Bot and Notifier process.</summary>
public sealed class PostgresNoticesDb(DbContextOptions<PostgresNoticesDb> options) : NoticesDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // timestamptz accepts only UTC offsets from Npgsql; times in China's offset are the same instants.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}

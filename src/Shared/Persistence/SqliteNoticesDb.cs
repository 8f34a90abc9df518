using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityNotices.Persistence;

/// <summary>The embedded default (one file under ./data/).</summary>
public sealed class SqliteNoticesDb(DbContextOptions<SqliteNoticesDb> options) : NoticesDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; a binary (ticks + offset) long sorts correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

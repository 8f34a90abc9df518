using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityNotices.Persistence;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNoticesDb>
{
    public SqliteNoticesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNoticesDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNoticesDb>
{
    public PostgresNoticesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNoticesDb>().UseNpgsql("Host=design-time-only").Options);
}

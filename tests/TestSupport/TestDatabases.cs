using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Testing;

/// <summary>Direct access to a test database, for arranging rows and checking what the code wrote.</summary>
public static class TestDatabases
{
    public static NoticesDb OpenPostgres(string connectionString) =>
        new PostgresNoticesDb(new DbContextOptionsBuilder<PostgresNoticesDb>().UseNpgsql(connectionString).Options);

    public static NoticesDb OpenSqlite(string path) =>
        new SqliteNoticesDb(new DbContextOptionsBuilder<SqliteNoticesDb>().UseSqlite($"Data Source={path}").Options);
}

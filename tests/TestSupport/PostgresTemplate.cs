using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CommunityNotices.Testing;

/// <summary>
/// One migrated template database per test run; every test class copies it (CREATE DATABASE ... TEMPLATE) so code
/// that commits (Hangfire, Quartz) is isolated. The server comes from NPGSQL_TEST_DB, with a local default.
/// </summary>
public static class PostgresTemplate
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string Server => Environment.GetEnvironmentVariable("NPGSQL_TEST_DB") is { Length: > 0 } s ? s : DefaultServer;

    public static Task<string> GetNameAsync() => Template.Value;

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, Pooling = true }.ConnectionString;

    public static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the template; called once when the test assembly finishes.</summary>
    public static async Task DropAsync()
    {
        if (Template.IsValueCreated && Template.Value.IsCompletedSuccessfully)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Template.Value.Result}\" WITH (FORCE)");
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"cn_template_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = ConnectionStringFor(name);
        await using (var db = new PostgresNoticesDb(new DbContextOptionsBuilder<PostgresNoticesDb>().UseNpgsql(connectionString).Options))
        {
            await db.Database.MigrateAsync();
        }

        // As the `migrate` command does: Hangfire's schema is part of a migrated database.
        await using (var hangfire = new NpgsqlConnection(connectionString))
        {
            await hangfire.OpenAsync();
            Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(hangfire, "hangfire");
        }

        // CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return name;
    }
}

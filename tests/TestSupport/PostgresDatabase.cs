using Npgsql;
using Xunit;

namespace CommunityNotices.Testing;

/// <summary>A class fixture: a fresh copy of the migrated template, dropped when the class is done.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string Name { get; } = $"cn_test_{Guid.NewGuid():N}";

    public string ConnectionString => PostgresTemplate.ConnectionStringFor(Name);

    public async ValueTask InitializeAsync()
    {
        var template = await PostgresTemplate.GetNameAsync();
        await PostgresTemplate.ExecuteOnServerAsync($"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"");
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await PostgresTemplate.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}

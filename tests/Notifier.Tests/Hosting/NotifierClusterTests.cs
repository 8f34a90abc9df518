using System.Net;
using System.Net.Sockets;
using CommunityNotices.Testing;
using Npgsql;

namespace CommunityNotices.Notifier.Tests.Hosting;

/// <summary>The city deployment: a Bot and two Notifier processes side by side on one PostgreSQL database.</summary>
public sealed class NotifierClusterTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task BotAndTwoNotifiers_RunSideBySide_OnOneDatabase()
    {
        using var folder = new TempDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
        };
        var port = FreePort();
        await using var bot = ChildProcess.Start("Bot", new Dictionary<string, string?>(environment)
        {
            ["Notifier__InProcess"] = "false",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        }, folder.Path);
        await using var first = ChildProcess.Start("Notifier", new Dictionary<string, string?>(environment) { ["Notifier__InstanceName"] = "notifier-1" }, folder.Path);
        await using var second = ChildProcess.Start("Notifier", new Dictionary<string, string?>(environment) { ["Notifier__InstanceName"] = "notifier-2" }, folder.Path);

        await Eventually.HoldsAsync(async () => (await ScalarAsync("SELECT count(*) FROM qrtz_scheduler_state")) == 2, TimeSpan.FromSeconds(60), () => first.Output + second.Output);
        await Eventually.HoldsAsync(async () => (await ScalarAsync("SELECT count(*) FROM hangfire.server")) == 2, TimeSpan.FromSeconds(60), () => first.Output + second.Output);
        using var http = new HttpClient();
        await Eventually.HoldsAsync(async () => await IsHealthyAsync(http, port), TimeSpan.FromSeconds(60), () => bot.Output);

        Assert.False(first.HasExited, first.Output);
        Assert.False(second.HasExited, second.Output);
        Assert.False(bot.HasExited, bot.Output);
    }

    [Fact]
    public async Task MigrateCommand_BringsAnEmptyDatabaseUpToDate_AndExits()
    {
        var name = $"cn_empty_{Guid.NewGuid():N}";
        await PostgresTemplate.ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        try
        {
            using var folder = new TempDirectory();
            await using var migrate = ChildProcess.Start("Notifier", new Dictionary<string, string?>
            {
                ["Storage__Provider"] = "PostgreSql",
                ["ConnectionStrings__Postgres"] = PostgresTemplate.ConnectionStringFor(name),
            }, folder.Path, "migrate");

            Assert.True(await migrate.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, migrate.Output);
            await using var connection = new NpgsqlConnection(PostgresTemplate.ConnectionStringFor(name));
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            // Ours, Quartz's and Hangfire's: processes started together on it then race in nobody's installer.
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('communities', 'qrtz_triggers') OR (table_schema = 'hangfire' AND table_name = 'job')", connection);
            Assert.Equal(3L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            NpgsqlConnection.ClearPool(connection);
        }
        finally
        {
            await PostgresTemplate.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, int port)
    {
        try
        {
            return (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"))).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }


    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net.Http.Headers;
// Any type of the Bot assembly names its entry point; Program is ambiguous (the Notifier has one too).
using CommunityNotices.Bot.Messaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Bot.Tests;

/// <summary>The real Bot host on Kestrel at 127.0.0.1 (a random port), configured per test class.</summary>
public sealed class BotApp : WebApplicationFactory<NoticesBot>
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public BotApp(Dictionary<string, string?> settings, string environment = "Development")
    {
        _settings = settings;
        _environment = environment;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The Bot alone on a PostgreSQL database (its Notifier would run elsewhere).</summary>
    public static BotApp OnPostgres(string connectionString, Dictionary<string, string?>? extra = null) =>
        new(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:Postgres"] = connectionString,
            ["Notifier:InProcess"] = "false",
            ["Admin:BootstrapApiKey"] = AdminKey,
        }.With(extra));

    /// <summary>The embedded default: one process, a SQLite file in a temporary folder.</summary>
    public static BotApp OnSqlite(string directory, Dictionary<string, string?>? extra = null) =>
        new(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(directory, "notices.db"),
            ["Admin:BootstrapApiKey"] = AdminKey,
        }.With(extra));

    /// <summary>Replaces services after the host registered its own (a fake clock, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    public HttpClient CreateClient(string? apiKey)
    {
        StartServer();
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

internal static class SettingsExtensions
{
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, Dictionary<string, string?>? extra)
    {
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }
}

using CommunityNotices.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityNotices.Hosting;

/// <summary>`&lt;host&gt; migrate`: bring the database schema up to date, then exit. How PostgreSQL deployments migrate.</summary>
public static class MigrateCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> RunAsync(IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var provider = host.Services.GetRequiredService<IDatabaseProvider>();
        await provider.MigrateAsync(host.Services, CancellationToken.None);
        await Console.Out.WriteLineAsync($"The {provider.Kind} database is up to date.");
        return 0;
    }
}

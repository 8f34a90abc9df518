using System.Diagnostics;
using System.Text.Json.Nodes;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.DirectLine;

/// <summary>
/// The real client: botframework-directlinejs (what Web Chat uses inside) run by Node against our endpoint, through a
/// complete self-report, over the WebSocket stream and by polling.
/// </summary>
public sealed class DirectLineJsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task DirectLineJs_CompletesASelfReport(string mode)
    {
        await using var app = BotApp.OnPostgres(database.ConnectionString);
        using var admin = app.CreateClient(BotApp.AdminKey);
        var code = $"djs-{mode}";
        await DirectLineSetup.CommunityWithRiskListAsync(admin, code, Ct);

        var (exit, stdout, stderr) = await RunNodeAsync(app.BaseAddress.ToString().TrimEnd('/'), code, mode);

        Assert.True(exit == 0, $"node exited {exit}\n{stdout}\n{stderr}");
        var result = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
        Assert.True((bool)result["ok"]!);
        Assert.StartsWith("dl_", (string?)result["userId"], StringComparison.Ordinal);
        Assert.Contains("中风险", (string?)result["outcome"], StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunNodeAsync(params string[] args)
    {
        var folder = Path.Combine(ChildProcess.RepositoryRoot(), "tests", "Bot.Tests", "DirectLineJs");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("self-report.js");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace CommunityNotices.Testing;

/// <summary>
/// One of our hosts (Bot or Notifier) as a real child process, started from the test's output folder, with its
/// configuration in environment variables. Killed (SIGKILL) on dispose if still running.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(Process process) => _process = process;

    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>
    /// Starts `dotnet src/&lt;project&gt;/bin/.../CommunityNotices.&lt;project&gt;.dll args` from the project's own build output
    /// (built with the tests, same configuration), in the given working directory.
    /// </summary>
    public static ChildProcess Start(string project, IDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(RepositoryRoot(), "src", project, "bin", BuildConfiguration(), "net10.0", $"CommunityNotices.{project}.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test runner's own settings must not leak into the child.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { child._output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { child._output.Enqueue("stderr: " + e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityNotices.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CommunityNotices.slnx) is not above the test output folder.");
    }

    // tests/X/bin/<Configuration>/net10.0/
    private static string BuildConfiguration() => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public IEnumerable<string> StandardErrorLines => _output.Where(l => l.StartsWith("stderr: ", StringComparison.Ordinal)).Select(l => l["stderr: ".Length..]);

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

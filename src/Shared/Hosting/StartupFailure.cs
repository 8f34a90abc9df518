using Microsoft.Extensions.Options;

namespace CommunityNotices.Hosting;

/// <summary>
/// Turns a bad configuration value into one line on stderr naming the key and exit code 2, instead of a stack trace.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 2;

    public static async Task<int> ExplainAsync(Func<Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await run();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {message}");
            return ExitCode;
        }
    }

    private static string? Describe(Exception e) => e switch
    {
        ConfigurationException c => c.Message,
        OptionsValidationException o => string.Join(" ", o.Failures),
        // The configuration binder's message names the key: "Failed to convert configuration value at 'Storage:Provider' ...".
        InvalidOperationException i when i.Message.Contains("configuration value", StringComparison.Ordinal) =>
            i.InnerException is null ? i.Message : $"{i.Message} {i.InnerException.Message}",
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        _ => null,
    };
}

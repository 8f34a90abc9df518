using Hangfire;
using Hangfire.Common;
using Hangfire.Logging;

namespace CommunityNotices.Testing;

/// <summary>
/// Hangfire keeps process-wide static state (log provider, global filters) that is initialised lazily from whichever
/// host touches it first. Tests run many hosts in one process, so a later host could initialise it with the disposed
/// logger factory of an earlier one. Initialising it once, up front, with a logger that is never disposed avoids that.
/// Production runs one host per process and is not affected.
/// </summary>
public static class HangfireStatics
{
    public static void Initialize()
    {
        GlobalConfiguration.Configuration.UseLogProvider(new SilentLogProvider());
        _ = JobFilterProviders.Providers;
        _ = GlobalJobFilters.Filters;
    }

    private sealed class SilentLogProvider : ILogProvider
    {
        public ILog GetLogger(string name) => new SilentLog();
    }

    private sealed class SilentLog : ILog
    {
        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

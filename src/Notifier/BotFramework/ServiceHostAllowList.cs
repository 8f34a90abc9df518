using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// The hosts the bot may call. The SDK attaches the bot's token to whatever serviceUrl an activity names, so a forged
/// activity could otherwise make us send our token anywhere.
/// </summary>
public sealed class ServiceHostAllowList
{
    private static readonly string[] BotFrameworkHosts =
    [
        "*.botframework.com", "*.botframework.azure.us", "*.trafficmanager.net", "login.microsoftonline.com",
        "login.microsoftonline.us", "*.teams.microsoft.com",
    ];

    private readonly string[] _patterns;
    private readonly bool _allowLoopback;

    public ServiceHostAllowList(IOptions<BotFrameworkOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _patterns = [.. BotFrameworkHosts, .. options.Value.AllowedServiceHosts.Select(h => h.Trim().ToLowerInvariant())];
        _allowLoopback = environment.IsDevelopment();
    }

    public bool IsAllowed(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (_allowLoopback && (uri.IsLoopback || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))))
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && _patterns.Any(p => Matches(p, host));
    }

    public static bool IsValidPattern(string pattern)
    {
        var host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
    }

    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.Ordinal)
            : host == pattern;
}

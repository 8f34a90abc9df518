using System.Globalization;

namespace CommunityNotices.Channels.Internal;

/// <summary>Matches a URL host against exact host names and "*.example.org" wildcard patterns.</summary>
internal static class HostPatterns
{
    private static readonly IdnMapping Idn = new();

    public static bool Matches(Uri url, IEnumerable<string> patterns)
    {
        var host = Canonical(url.IdnHost);
        foreach (var raw in patterns)
        {
            var pattern = Canonical(raw);
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                // "*.example.org" covers any depth of subdomain but not example.org itself, as in TLS certificates.
                var suffix = pattern[1..];
                if (suffix.Length > 1 && host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (pattern.Length > 0 && !pattern.Contains('*', StringComparison.Ordinal) && pattern == host)
            {
                return true;
            }
        }

        return false;
    }

    public static string Canonical(string host)
    {
        var trimmed = host.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.').ToLowerInvariant();
        var wildcard = trimmed.StartsWith("*.", StringComparison.Ordinal);
        var name = wildcard ? trimmed[2..] : trimmed;
        if (name.Length > 0 && !name.Contains(':', StringComparison.Ordinal))
        {
            try
            {
                // Configuration may spell an internationalised host in Unicode; URLs are compared in punycode.
                name = Idn.GetAscii(name);
            }
            catch (ArgumentException)
            {
                // Not a valid IDN label: leave it as written, it simply will not match anything.
            }
        }

        return wildcard ? "*." + name : name;
    }
}

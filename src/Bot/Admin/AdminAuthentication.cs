using CommunityNotices.Bot.Security;

namespace CommunityNotices.Bot.Admin;

/// <summary>
/// Which authentication scheme a request uses: the staff cookie on the admin pages and the Hangfire dashboard, the
/// API key everywhere else. <c>/api</c> never reads the cookie, so a cross-site form cannot act on the API.
/// </summary>
public static class AdminAuthentication
{
    /// <summary>The default scheme: a policy scheme that forwards by path.</summary>
    public const string SelectorScheme = "CookieOrApiKey";

    public const string CookieScheme = "StaffCookie";

    public const string CookieName = "cn_admin";

    public const string LoginPath = "/admin/login";

    public static bool UsesCookie(PathString path) =>
        path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The scheme for a path. Direct Line requests carry the web chat's own tokens, which its endpoints check; they get
    /// the cookie scheme, which finds nothing there, so their bearer tokens are never looked up as API keys.
    /// </summary>
    public static string SchemeFor(PathString path) =>
        UsesCookie(path) || path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase) ? CookieScheme : ApiKeyAuthenticationHandler.SchemeName;
}

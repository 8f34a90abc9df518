using CommunityNotices.Security;
using Microsoft.AspNetCore.Authorization;

namespace CommunityNotices.Bot.Security;

/// <summary>Authorization policies by role; community scope is checked by each handler against its data.</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string Reader = "reader";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Admin, p => p.RequireRole(nameof(Role.Admin)));
        options.AddPolicy(Staff, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Secretary)));
        options.AddPolicy(Reader, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Secretary), nameof(Role.Viewer)));
    }
}

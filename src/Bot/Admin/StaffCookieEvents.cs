using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Admin;

/// <summary>Ends a session whose account was disabled, deleted or changed since sign-in (one key lookup per request).</summary>
internal sealed class StaffCookieEvents(NoticesDb db) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is { } principal ? StaffPrincipal.AccountId(principal) : null;
        var account = id is null ? null : await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.HttpContext.RequestAborted);
        if (account is null || !account.IsActive || context.Principal!.FindFirst(StaffPrincipal.StampClaim)?.Value != StaffPrincipal.Stamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminAuthentication.CookieScheme);
        }
    }
}

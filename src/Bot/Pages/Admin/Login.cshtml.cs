using CommunityNotices.Bot.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin;

public sealed class LoginModel(SignInStaff signIn, SignInThrottle throttle) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!throttle.TryAttempt(HttpContext.Connection.RemoteIpAddress?.ToString()))
        {
            Message = T("登录尝试过于频繁，请一分钟后再试。", "Too many sign-in attempts; try again in a minute.");
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var outcome = await signIn.HandleAsync(UserName, Password, ct);
        if (outcome.Account is not { } account)
        {
            Message = outcome.LockedFor is null
                ? T("用户名或密码错误。", "Wrong user name or password.")
                : T($"账户已锁定，请 {outcome.LockedMinutes} 分钟后再试。", $"The account is locked; try again in {outcome.LockedMinutes} minute(s).");
            Password = null;
            return Page();
        }

        await HttpContext.SignInAsync(AdminAuthentication.CookieScheme, StaffPrincipal.Create(account), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }
}

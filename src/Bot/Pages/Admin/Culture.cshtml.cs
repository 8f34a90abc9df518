using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityNotices.Bot.Pages.Admin;

/// <summary>The language switch: remembers the choice in the culture cookie and goes back.</summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture == "en" ? "en" : "zh-CN";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Path = "/admin" });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin");
    }
}

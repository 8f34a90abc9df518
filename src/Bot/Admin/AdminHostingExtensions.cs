using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Staff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace CommunityNotices.Bot.Admin;

/// <summary>The staff's admin pages under <c>/admin</c>: cookie sign-in, Razor Pages, two languages, static assets.</summary>
public static class AdminHostingExtensions
{
    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    /// <summary>Call after the API-key authentication is added: this makes the path-based selector the default scheme.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddAuthentication(AdminAuthentication.SelectorScheme)
            .AddPolicyScheme(AdminAuthentication.SelectorScheme, null, o => o.ForwardDefaultSelector = context =>
                AdminAuthentication.SchemeFor(context.Request.Path))
            .AddCookie(AdminAuthentication.CookieScheme);
        services.AddOptions<CookieAuthenticationOptions>(AdminAuthentication.CookieScheme).Configure<IOptions<AdminOptions>>((o, admin) =>
        {
            o.Cookie.Name = AdminAuthentication.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // The embedded default serves plain http on a LAN; behind TLS the cookie is Secure.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(admin.Value.SessionHours);
            o.SlidingExpiration = true;
            o.LoginPath = AdminAuthentication.LoginPath;
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/access-denied";
            o.EventsType = typeof(StaffCookieEvents);
        });
        services.AddScoped<StaffCookieEvents>();
        services.AddScoped<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddScoped<SignInStaff>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<ManageStaffAccounts>();
        services.AddMemoryCache();
        services.AddHostedService<BootstrapStaffAccount>();

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.Reader);
            o.Conventions.AllowAnonymousToPage("/Admin/Login");
            o.Conventions.AllowAnonymousToPage("/Admin/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Admin/Culture");
            o.Conventions.AuthorizeFolder("/Admin/Accounts", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Admin/Audit", Policies.Admin);
        });
        // Chinese text stays readable in the HTML (and in tests) instead of becoming numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Only the pages change culture: the API's formats stay as they are.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/admin"), b => b.UseRequestLocalization());
        app.MapRazorPages();
        return app;
    }
}

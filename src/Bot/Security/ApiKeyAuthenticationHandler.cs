using System.Security.Claims;
using System.Text.Encodings.Web;
using CommunityNotices.Persistence;
using CommunityNotices.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Security;

/// <summary>`Authorization: Bearer &lt;key&gt;`: looks the key up by its hash and turns its role and communities into claims.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, NoticesDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header["Bearer ".Length..].Trim();
        if (key.Length is 0 or > 512)
        {
            return AuthenticateResult.Fail("Invalid API key.");
        }

        var hash = ApiKey.Hash(key);
        var apiKey = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, Context.RequestAborted);
        if (apiKey is null)
        {
            return AuthenticateResult.Fail("Invalid API key.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, apiKey.Id.ToString()),
            new(ClaimTypes.Name, $"apikey:{apiKey.Name}"),
            new(ClaimTypes.Role, apiKey.Role.ToString()),
        };
        claims.AddRange(apiKey.CommunityIds.Select(id => new Claim(Caller.CommunityClaim, id.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

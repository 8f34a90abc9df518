namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// The <c>BotFramework</c> section. The app id/password/type/tenant keys are the SDK's own names and are passed to
/// <c>ConfigurationBotFrameworkAuthentication</c> as they are.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>Empty = local/emulator mode: inbound requests are not authenticated. Refused in Production.</summary>
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// Hosts the bot may send to (its token is attached to every reply). Bot Framework's own hosts are always allowed;
    /// loopback too in Development. Entries are host names; a leading "*." allows subdomains.
    /// </summary>
    public List<string> AllowedServiceHosts { get; set; } = [];
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>An empty app id silently switches inbound authentication off, so Production refuses to start without one.</summary>
public sealed class BotFrameworkOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(options.MicrosoftAppId))
        {
            failures.Add("BotFramework:MicrosoftAppId is required in Production (without it /api/messages accepts unauthenticated requests).");
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppId) && options.MicrosoftAppType is not "UserAssignedMSI"
            && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("BotFramework:MicrosoftAppPassword is required when BotFramework:MicrosoftAppId is set.");
        }

        if (options.MicrosoftAppType is not (null or "" or "MultiTenant" or "SingleTenant" or "UserAssignedMSI"))
        {
            failures.Add("BotFramework:MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        foreach (var host in options.AllowedServiceHosts.Where(h => !ServiceHostAllowList.IsValidPattern(h)))
        {
            failures.Add($"BotFramework:AllowedServiceHosts contains '{host}', which is not a host name (use 'example.org' or '*.example.org').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

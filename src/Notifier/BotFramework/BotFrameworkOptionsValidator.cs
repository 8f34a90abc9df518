using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>The Bot Framework settings are consistent (the Bot host adds its own Production rule for inbound authentication).</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
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

using CommunityNotices.Notifier.BotFramework;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Messaging;

/// <summary>An empty app id silently switches inbound authentication off, so the Bot refuses to start without one in Production.</summary>
internal sealed class InboundAuthenticationValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options) =>
        environment.IsProduction() && string.IsNullOrWhiteSpace(options.MicrosoftAppId)
            ? ValidateOptionsResult.Fail("BotFramework:MicrosoftAppId is required in Production (without it /api/messages accepts unauthenticated requests).")
            : ValidateOptionsResult.Success;
}

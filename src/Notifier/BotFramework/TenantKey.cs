using CommunityNotices.Groups;
using Newtonsoft.Json.Linq;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// Teams limits requests per app and tenant too, so a 429 in one conversation slows every conversation of that
/// tenant: this names the shared rate-limit row they all check.
/// </summary>
public static class TenantKey
{
    public static string? Of(ChannelKind channel, string address)
    {
        if (channel != ChannelKind.BotFramework)
        {
            return null;
        }

        try
        {
            var reference = JObject.Parse(address);
            var tenant = (string?)reference["conversation"]?["tenantId"] ?? (string?)reference["serviceUrl"];
            return tenant is null ? null : $"botframework-tenant:{tenant}".ToLowerInvariant();
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}

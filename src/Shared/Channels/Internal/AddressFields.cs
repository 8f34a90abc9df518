using CommunityNotices.Groups;

namespace CommunityNotices.Channels.Internal;

/// <summary>The JSON field names of each kind's stored address.</summary>
internal static class AddressFields
{
    public const string WebhookUrl = "webhookUrl";
    public const string Url = "url";
    public const string Secret = "secret";

    public static string UrlField(ChannelKind kind) => kind == ChannelKind.Webhook ? Url : WebhookUrl;

    public static bool HasSecret(ChannelKind kind) => kind is ChannelKind.DingTalk or ChannelKind.Feishu or ChannelKind.Webhook;
}

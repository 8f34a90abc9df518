using CommunityNotices.Channels;
using CommunityNotices.Groups;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Groups;

/// <summary>Which hosts a pasted robot address may point at: the vendor's, configured extras, loopback in Development.</summary>
public sealed class GroupAddressRules(IOptions<ChannelOptions> options, IHostEnvironment environment)
{
    private static readonly string[] Loopback = ["127.0.0.1", "localhost", "[::1]", "::1"];

    public IReadOnlyCollection<string> AllowedHosts(ChannelKind kind)
    {
        var configured = kind switch
        {
            ChannelKind.WeCom => options.Value.WeComHosts,
            ChannelKind.DingTalk => options.Value.DingTalkHosts,
            ChannelKind.Feishu => options.Value.FeishuHosts,
            ChannelKind.Webhook => options.Value.WebhookHosts,
            _ => [],
        };
        var hosts = ChannelAddresses.DefaultAllowedHosts(kind).Concat(configured);
        return (environment.IsDevelopment() ? hosts.Concat(Loopback) : hosts).ToList();
    }
}

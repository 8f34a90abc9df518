namespace CommunityNotices.Channels;

/// <summary>
/// The <c>Channels</c> section: extra hosts each kind of robot address may point at, beyond the vendor's own
/// (qyapi.weixin.qq.com, oapi.dingtalk.com, open.feishu.cn / open.larksuite.com). The generic webhook has no default
/// host: every target must be listed. Loopback is allowed in the Development environment only.
/// </summary>
public sealed class ChannelOptions
{
    public const string Section = "Channels";

    public List<string> WeComHosts { get; set; } = [];
    public List<string> DingTalkHosts { get; set; } = [];
    public List<string> FeishuHosts { get; set; } = [];
    public List<string> WebhookHosts { get; set; } = [];
}

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

    /// <summary>
    /// How long one call to a vendor may take. A call that times out is retried (the group may then, rarely, see the
    /// message twice: preferred to a group missing a risk notice).
    /// </summary>
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>Reads <see cref="RequestTimeoutSeconds"/> before the options system runs (the HTTP client is built at registration).</summary>
    public static TimeSpan RequestTimeout(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = $"{Section}:{nameof(RequestTimeoutSeconds)}";
        var value = configuration[key];
        if (value is null)
        {
            return TimeSpan.FromSeconds(new ChannelOptions().RequestTimeoutSeconds);
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 300
            ? TimeSpan.FromSeconds(seconds)
            : throw new Hosting.ConfigurationException($"{key} must be a whole number of seconds from 1 to 300 (got \"{value}\").");
    }
}

namespace CommunityNotices.Channels;

/// <summary>One problem with a pasted address, tied to the JSON field a form should highlight.</summary>
/// <param name="Field">The address field (<c>webhookUrl</c>, <c>url</c>, <c>secret</c>), or <c>$</c> for the whole document.</param>
/// <param name="Message">A sentence fragment for people, e.g. <c>host must be qyapi.weixin.qq.com</c>.</param>
public sealed record ChannelAddressError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

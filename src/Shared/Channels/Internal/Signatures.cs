using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommunityNotices.Channels.Internal;

/// <summary>The three vendors' signing schemes, kept side by side because they are easy to mix up.</summary>
internal static class Signatures
{
    /// <summary>DingTalk: base64(HMAC-SHA256(key = secret, data = "{timestampMs}\n{secret}")), not yet URL-encoded.</summary>
    public static string DingTalk(long timestampMs, string secret)
    {
        var data = Encoding.UTF8.GetBytes(timestampMs.ToString(CultureInfo.InvariantCulture) + "\n" + secret);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    /// <summary>Feishu: base64(HMAC-SHA256(key = "{timestampSeconds}\n{secret}", data = empty)).</summary>
    public static string Feishu(long timestampSeconds, string secret)
    {
        var key = Encoding.UTF8.GetBytes(timestampSeconds.ToString(CultureInfo.InvariantCulture) + "\n" + secret);
        return Convert.ToBase64String(HMACSHA256.HashData(key, ReadOnlySpan<byte>.Empty));
    }

    /// <summary>Generic webhook: "sha256=" + lowercase hex(HMAC-SHA256(key = secret, data = raw body)).</summary>
    public static string Webhook(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}

using System.Text;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels.Internal;

/// <summary>Small pieces every channel needs when turning an <see cref="OutgoingMessage"/> into a vendor body.</summary>
internal static class MessageShaping
{
    public const string Empty = "message has neither a title nor any text";

    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>Trimmed, de-duplicated, non-empty mobiles in the caller's order.</summary>
    public static IReadOnlyList<string> Mentions(IReadOnlyList<string>? mobiles) =>
        mobiles is null
            ? []
            : mobiles.Select(m => m?.Trim() ?? string.Empty).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The title on one line: vendors' title fields and "**…**" wrappers both break on newlines.</summary>
    public static string Title(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Title (already decorated by the caller) and body, separated by a blank line; either may be empty.</summary>
    public static string Compose(string title, string body)
    {
        if (title.Length == 0)
        {
            return body;
        }

        return body.Length == 0 ? title : title + "\n\n" + body;
    }

    public static string TooLong(string vendor, int bytes, int limit) =>
        $"message is {bytes} bytes after conversion; {vendor} accepts at most {limit}";

    public static string InvalidAddress(ChannelKind kind, IReadOnlyList<ChannelAddressError> errors) =>
        $"invalid {kind} address: {string.Join("; ", errors)}";
}

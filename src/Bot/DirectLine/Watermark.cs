namespace CommunityNotices.Bot.DirectLine;

/// <summary>A watermark is the index of the last activity a client has; anything unreadable means "from the start".</summary>
internal static class Watermark
{
    public static long? Parse(string? value) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mark) ? mark : null;
}

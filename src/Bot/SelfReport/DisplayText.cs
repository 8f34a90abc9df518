namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Makes resident-supplied text safe to echo: removes control and invisible characters (including
/// right-to-left overrides that could disguise the rest of a message) and caps the length, so a
/// message may later be shown in a group chat without surprises. HTML or markdown escaping is left
/// to the channel that renders it.
/// </summary>
public static class DisplayText
{
    public const int DefaultMaxLength = 50;

    /// <summary>Returns at most <paramref name="maxLength"/> characters (user-perceived), ending in "…" when cut.</summary>
    public static string Sanitize(string? text, int maxLength = DefaultMaxLength) =>
        TextInput.ForDisplay(text, maxLength);
}

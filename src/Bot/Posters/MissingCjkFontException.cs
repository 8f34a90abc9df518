namespace CommunityNotices.Bot.Posters;

/// <summary>No installed font has glyphs for all of a poster's text; drawing it would print empty boxes.</summary>
public sealed class MissingCjkFontException : InvalidOperationException
{
    public MissingCjkFontException()
        : base(BuildMessage("")) { }

    public MissingCjkFontException(string text)
        : base(BuildMessage(text)) => Text = text;

    public MissingCjkFontException(string text, Exception innerException)
        : base(BuildMessage(text), innerException) => Text = text;

    /// <summary>The text no font could draw.</summary>
    public string Text { get; } = "";

    private static string BuildMessage(string text) =>
        $"没有可用的中文字体 / No CJK font found to draw \"{text}\": "
        + "install fonts-noto-cjk (Debian: apt-get install fonts-noto-cjk) and restart.";
}

namespace CommunityNotices.Channels.Internal;

/// <summary>What one vendor's Markdown renderer understands; everything else is rewritten into what it does.</summary>
internal sealed record MarkdownDialect
{
    /// <summary>Plain text: no Markdown syntax survives, links become "text (url)".</summary>
    public static readonly MarkdownDialect Plain = new()
    {
        IsMarkdown = false,
        Headings = HeadingStyle.Plain,
        Italic = false,
        Strikethrough = false,
        InlineCode = false,
        Images = false,
        Bullet = "• ",
        LineBreak = "\n",
        WeComFontTags = false,
        EscapeAngleBrackets = false,
    };

    /// <summary>
    /// WeCom robot "markdown": headings, bold, links, inline code, quotes and &lt;font color&gt; only.
    /// No italics, lists, images, tables, code blocks or strikethrough.
    /// </summary>
    public static readonly MarkdownDialect WeCom = Plain with
    {
        IsMarkdown = true,
        Headings = HeadingStyle.Hashes,
        InlineCode = true,
        WeComFontTags = true,
    };

    /// <summary>
    /// DingTalk robot "markdown": headings, bold, italics, links, images, lists and quotes. A single newline does not
    /// reliably break a line in its clients, so line breaks are written as Markdown hard breaks.
    /// </summary>
    public static readonly MarkdownDialect DingTalk = Plain with
    {
        IsMarkdown = true,
        Headings = HeadingStyle.Hashes,
        Italic = true,
        Images = true,
        Bullet = "- ",
        LineBreak = "  \n",
    };

    /// <summary>
    /// Feishu card "markdown" element: bold, italics, strikethrough, links, inline code; no headings, and images need
    /// uploaded image keys rather than URLs. Its tags (&lt;at&gt;, &lt;font&gt;) make raw angle brackets unsafe.
    /// </summary>
    public static readonly MarkdownDialect Feishu = Plain with
    {
        IsMarkdown = true,
        Headings = HeadingStyle.Bold,
        Italic = true,
        Strikethrough = true,
        InlineCode = true,
        EscapeAngleBrackets = true,
    };

    public required bool IsMarkdown { get; init; }

    public required HeadingStyle Headings { get; init; }

    public required bool Italic { get; init; }

    public required bool Strikethrough { get; init; }

    public required bool InlineCode { get; init; }

    public required bool Images { get; init; }

    public required string Bullet { get; init; }

    public required string LineBreak { get; init; }

    public required bool WeComFontTags { get; init; }

    public required bool EscapeAngleBrackets { get; init; }
}

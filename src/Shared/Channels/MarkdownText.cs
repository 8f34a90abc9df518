using CommunityNotices.Channels.Internal;

namespace CommunityNotices.Channels;

/// <summary>Rewrites a notice's CommonMark into what each vendor actually renders.</summary>
/// <remarks>
/// Every conversion keeps the words: constructs a vendor lacks become their text (lists become "• " lines, tables
/// become "a | b" rows, images become links), and links to anything but http(s)/mailto keep only their text.
/// Newlines inside a paragraph are kept as line breaks, because that is what people typing into a chat mean.
/// </remarks>
public static class MarkdownText
{
    /// <summary>Plain text: headings and emphasis stripped, links as "text (url)", list items as "• item".</summary>
    public static string ToPlain(string markdown) => MarkdownRenderer.Render(markdown, MarkdownDialect.Plain);

    /// <summary>WeCom robot markdown: headings, bold, links, inline code, quotes and <c>&lt;font color&gt;</c> kept.</summary>
    public static string ForWeCom(string markdown) => MarkdownRenderer.Render(markdown, MarkdownDialect.WeCom);

    /// <summary>DingTalk robot markdown: headings, emphasis, links, images, lists and quotes kept; hard line breaks.</summary>
    public static string ForDingTalk(string markdown) => MarkdownRenderer.Render(markdown, MarkdownDialect.DingTalk);

    /// <summary>Feishu card markdown: emphasis, strikethrough, links and inline code kept; headings bold; &lt; &gt; escaped.</summary>
    public static string ForFeishu(string markdown) => MarkdownRenderer.Render(markdown, MarkdownDialect.Feishu);
}

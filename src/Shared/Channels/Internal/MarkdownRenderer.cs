using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommunityNotices.Channels.Internal;

/// <summary>Parses CommonMark (plus pipe tables and ~~strikethrough~~) and writes it back in one vendor's dialect.</summary>
internal static partial class MarkdownRenderer
{
    private const string ThematicBreak = "——————";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    public static string Render(string markdown, MarkdownDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var writer = new Writer(dialect);
        return (writer.Blocks(document, depth: 0) + writer.UnclosedTags()).Trim('\r', '\n').TrimEnd();
    }

    [GeneratedRegex("""^<\s*font\s+color\s*=\s*["']?(info|comment|warning)["']?\s*>$""", RegexOptions.IgnoreCase)]
    private static partial Regex WeComFontOpen();

    [GeneratedRegex(@"^<\s*/\s*font\s*>$", RegexOptions.IgnoreCase)]
    private static partial Regex WeComFontClose();

    [GeneratedRegex(@"<!--[\s\S]*?-->|<[^>]*>")]
    private static partial Regex HtmlTag();

    private sealed class Writer(MarkdownDialect dialect)
    {
        private int _openFontTags;

        /// <summary>Closes colour tags the author left open, so they cannot colour whatever the vendor appends.</summary>
        public string UnclosedTags() => string.Concat(Enumerable.Repeat("</font>", _openFontTags));

        public string Blocks(ContainerBlock container, int depth, string separator = "\n\n")
        {
            var rendered = new List<string>();
            foreach (var block in container)
            {
                var text = Block(block, depth);
                if (text.Length > 0)
                {
                    rendered.Add(text);
                }
            }

            return string.Join(separator, rendered);
        }

        private string Block(Block block, int depth) => block switch
        {
            HeadingBlock heading => Heading(heading),
            ParagraphBlock paragraph => Inlines(paragraph.Inline),
            QuoteBlock quote => Quote(quote, depth),
            ListBlock list => List(list, depth),
            CodeBlock code => Lines(code.Lines.ToString()),
            ThematicBreakBlock => ThematicBreak,
            HtmlBlock html => Html(html.Lines.ToString()),
            Table table => TableRows(table),
            LinkReferenceDefinitionGroup => string.Empty,
            ContainerBlock other => Blocks(other, depth),
            LeafBlock leaf => leaf.Inline is null ? Lines(leaf.Lines.ToString()) : Inlines(leaf.Inline),
            _ => string.Empty,
        };

        private string Heading(HeadingBlock heading)
        {
            var text = Inlines(heading.Inline);
            if (text.Length == 0)
            {
                return string.Empty;
            }

            return dialect.Headings switch
            {
                HeadingStyle.Hashes => new string('#', Math.Clamp(heading.Level, 1, 6)) + " " + text,
                HeadingStyle.Bold => "**" + text + "**",
                _ => text,
            };
        }

        private string Quote(QuoteBlock quote, int depth)
        {
            var inner = Blocks(quote, depth);
            var lines = inner.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line);
            return string.Join('\n', lines);
        }

        private string List(ListBlock list, int depth)
        {
            var indent = new string(' ', depth * 2);
            var number = 1;
            if (list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                number = start;
            }

            var items = new List<string>();
            foreach (var child in list)
            {
                if (child is not ListItemBlock item)
                {
                    continue;
                }

                var marker = list.IsOrdered
                    ? number++.ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter + " "
                    : dialect.Bullet;
                items.Add(ListItem(item, depth, indent, marker));
            }

            return string.Join('\n', items);
        }

        private string ListItem(ListItemBlock item, int depth, string indent, string marker)
        {
            var lines = new List<string>();
            var continuation = indent + new string(' ', marker.Length);
            foreach (var child in item)
            {
                var text = Block(child, depth + 1);
                if (text.Length == 0)
                {
                    continue;
                }

                if (child is ListBlock)
                {
                    // A nested list indents itself.
                    lines.Add(text);
                    continue;
                }

                var childLines = text.Split('\n');
                for (var i = 0; i < childLines.Length; i++)
                {
                    var prefix = lines.Count == 0 && i == 0 ? indent + marker : continuation;
                    lines.Add(prefix + childLines[i]);
                }
            }

            return lines.Count == 0 ? indent + marker.TrimEnd() : string.Join('\n', lines);
        }

        private string TableRows(Table table)
        {
            var rows = new List<string>();
            foreach (var child in table)
            {
                if (child is not TableRow row)
                {
                    continue;
                }

                var cells = row.OfType<TableCell>().Select(cell => Blocks(cell, 0, " ").Replace('\n', ' '));
                rows.Add(string.Join(" | ", cells));
            }

            return string.Join(dialect.LineBreak, rows);
        }

        private string Lines(string text)
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => Escape(line.TrimEnd()));
            return string.Join(dialect.LineBreak, lines).Trim('\n');
        }

        private string Html(string html)
        {
            // Raw HTML blocks are kept as their text; WeCom's colour tags are the only markup any vendor here accepts.
            var text = HtmlTag().Replace(html, match => KeepTag(match.Value) ? match.Value : string.Empty);
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .Select(line => Escape(WebUtility.HtmlDecode(line)));
            return string.Join(dialect.LineBreak, lines);
        }

        private bool KeepTag(string tag)
        {
            if (!dialect.WeComFontTags)
            {
                return false;
            }

            if (WeComFontOpen().IsMatch(tag))
            {
                _openFontTags++;
                return true;
            }

            // A closing tag is kept only when it closes one we kept; a stray one would show up as text.
            if (WeComFontClose().IsMatch(tag) && _openFontTags > 0)
            {
                _openFontTags--;
                return true;
            }

            return false;
        }

        private string Inlines(ContainerInline? container)
        {
            if (container is null)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            Children(container, builder);
            return builder.ToString().Trim();
        }

        private void Children(ContainerInline container, StringBuilder builder)
        {
            foreach (var inline in container)
            {
                Inline(inline, builder);
            }
        }

        private string ChildText(ContainerInline container)
        {
            var builder = new StringBuilder();
            Children(container, builder);
            return builder.ToString();
        }

        private void Inline(Inline inline, StringBuilder builder)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(Escape(literal.Content.ToString()));
                    break;
                case CodeInline code:
                    builder.Append(dialect.InlineCode ? "`" + code.Content + "`" : Escape(code.Content));
                    break;
                case EmphasisInline emphasis:
                    builder.Append(Emphasis(emphasis));
                    break;
                case LinkInline link:
                    builder.Append(Link(link));
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.IsEmail || !dialect.IsMarkdown
                        ? autolink.Url
                        : MarkdownLink(Escape(autolink.Url), autolink.Url));
                    break;
                case LineBreakInline:
                    // Chat authors mean every newline they type, so soft breaks are kept as line breaks.
                    builder.Append(dialect.LineBreak);
                    break;
                case HtmlInline html:
                    if (KeepTag(html.Tag))
                    {
                        builder.Append(html.Tag);
                    }

                    break;
                case HtmlEntityInline entity:
                    builder.Append(Escape(entity.Transcoded.ToString()));
                    break;
                case DelimiterInline delimiter:
                    builder.Append(Escape(delimiter.ToLiteral()));
                    Children(delimiter, builder);
                    break;
                case ContainerInline container:
                    Children(container, builder);
                    break;
            }
        }

        private string Emphasis(EmphasisInline emphasis)
        {
            var inner = ChildText(emphasis);
            if (inner.Length == 0 || !dialect.IsMarkdown)
            {
                return inner;
            }

            if (emphasis.DelimiterChar == '~')
            {
                return dialect.Strikethrough ? "~~" + inner + "~~" : inner;
            }

            if (emphasis.DelimiterCount >= 2)
            {
                return "**" + inner + "**";
            }

            return dialect.Italic ? "*" + inner + "*" : inner;
        }

        private string Link(LinkInline link)
        {
            var label = ChildText(link).Trim();
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
            if (!IsWebUrl(url))
            {
                // Relative or script links mean nothing in a chat message: keep the words, drop the target.
                return label;
            }

            if (!dialect.IsMarkdown)
            {
                return label.Length == 0 || label == url ? url : $"{label} ({url})";
            }

            var text = label.Length == 0 ? Escape(url) : label;
            return link.IsImage && dialect.Images ? "!" + MarkdownLink(text, url) : MarkdownLink(text, url);
        }

        private static string MarkdownLink(string text, string url) =>
            "[" + text + "](" + url
                .Replace(" ", "%20", StringComparison.Ordinal)
                .Replace("(", "%28", StringComparison.Ordinal)
                .Replace(")", "%29", StringComparison.Ordinal)
                .Replace("<", "%3C", StringComparison.Ordinal)
                .Replace(">", "%3E", StringComparison.Ordinal) + ")";

        private static bool IsWebUrl(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);

        private string Escape(string text) =>
            dialect.EscapeAngleBrackets
                ? text.Replace("<", "&#60;", StringComparison.Ordinal).Replace(">", "&#62;", StringComparison.Ordinal)
                : text;
    }
}

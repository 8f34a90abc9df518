using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityNotices.Channels;

/// <summary>Cuts a notice into parts that each fit a vendor's byte limit, at the most natural places available.</summary>
public static partial class MessageSplitter
{
    /// <summary>The smallest limit that can hold any single Unicode scalar value in UTF-8.</summary>
    public const int MinMaxBytes = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Splits <paramref name="text"/> into parts of at most <paramref name="maxBytes"/> UTF-8 bytes each.
    /// </summary>
    /// <remarks>
    /// Cuts prefer blank lines between paragraphs, then line ends, and only inside an over-long line fall back to
    /// cutting between text elements (so never inside a surrogate pair, a combining sequence or an emoji sequence).
    /// The separator at a cut is dropped; everything else is kept verbatim, so joining the parts with the dropped
    /// separators gives back the text. Whitespace-only text gives no parts; no part is empty or whitespace-only.
    /// A single text element larger than the limit (e.g. a very long emoji ZWJ sequence with a tiny limit) is the one
    /// case cut between code points, because every part must fit.
    /// </remarks>
    /// <param name="numberParts">
    /// Append "\n\n(i/n)" to every part when there is more than one; the suffix counts against the limit.
    /// </param>
    public static IReadOnlyList<string> Split(string text, int maxBytes, bool numberParts = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, MinMaxBytes);

        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (Utf8.GetByteCount(text) <= maxBytes)
        {
            return [text];
        }

        if (!numberParts)
        {
            return Pack(text, maxBytes);
        }

        // The suffix size depends on how many parts there are, which depends on the suffix size: grow the reserved
        // digit count until the split agrees with it.
        for (var digits = 1; ; digits++)
        {
            var reserve = SuffixBytes(digits);
            if (maxBytes - reserve < MinMaxBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "Too small to hold numbered parts.");
            }

            var parts = Pack(text, maxBytes - reserve);
            if (parts.Count.ToString(CultureInfo.InvariantCulture).Length <= digits)
            {
                return parts.Count == 1
                    ? parts
                    : parts.Select((part, i) => $"{part}\n\n({i + 1}/{parts.Count})").ToList();
            }
        }
    }

    // "\n\n(" + i + "/" + n + ")" with both numbers at most `digits` long.
    private static int SuffixBytes(int digits) => 5 + (2 * digits);

    private static List<string> Pack(string text, int maxBytes)
    {
        var packer = new Packer(maxBytes);
        var paragraphs = ParagraphBreak().Split(text);
        var separators = ParagraphBreak().Matches(text);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            packer.AddParagraph(i == 0 ? string.Empty : separators[i - 1].Value, paragraphs[i]);
        }

        return packer.Finish();
    }

    // A blank line: a line break, then any number of whitespace-only lines, then a line break.
    [GeneratedRegex(@"\r?\n(?:[ \t]*\r?\n)+")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex LineBreak();

    /// <summary>Greedy packing of pieces, each joined to the current part by the separator that preceded it.</summary>
    private sealed class Packer(int maxBytes)
    {
        private readonly List<string> _parts = [];
        private readonly StringBuilder _current = new();
        private int _currentBytes;

        public void AddParagraph(string separator, string paragraph)
        {
            if (Utf8.GetByteCount(paragraph) <= maxBytes)
            {
                Add(separator, paragraph);
                return;
            }

            var lines = LineBreak().Split(paragraph);
            var breaks = LineBreak().Matches(paragraph);
            for (var i = 0; i < lines.Length; i++)
            {
                AddLine(i == 0 ? separator : breaks[i - 1].Value, lines[i]);
            }
        }

        public List<string> Finish()
        {
            Flush();
            return _parts;
        }

        private void AddLine(string separator, string line)
        {
            if (Utf8.GetByteCount(line) <= maxBytes)
            {
                Add(separator, line);
                return;
            }

            var elements = StringInfo.GetTextElementEnumerator(line);
            var first = true;
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var joiner = first ? separator : string.Empty;
                first = false;
                if (Utf8.GetByteCount(element) <= maxBytes)
                {
                    Add(joiner, element);
                    continue;
                }

                foreach (var rune in element.EnumerateRunes())
                {
                    Add(joiner, rune.ToString());
                    joiner = string.Empty;
                }
            }
        }

        private void Add(string separator, string piece)
        {
            var pieceBytes = Utf8.GetByteCount(piece);
            if (_current.Length > 0)
            {
                var separatorBytes = Utf8.GetByteCount(separator);
                if (_currentBytes + separatorBytes + pieceBytes <= maxBytes)
                {
                    _current.Append(separator).Append(piece);
                    _currentBytes += separatorBytes + pieceBytes;
                    return;
                }

                Flush();
            }

            // A part never starts with the separator that led to the cut: that is the one thing a cut drops.
            _current.Append(piece);
            _currentBytes = pieceBytes;
        }

        private void Flush()
        {
            if (_current.Length > 0 && !string.IsNullOrWhiteSpace(_current.ToString()))
            {
                _parts.Add(_current.ToString());
            }

            _current.Clear();
            _currentBytes = 0;
        }
    }
}

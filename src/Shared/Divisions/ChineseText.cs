using System.Globalization;
using System.Text;

namespace CommunityNotices.Divisions;

/// <summary>Folds free text into the canonical form that division names and area keys are compared in.</summary>
internal static class ChineseText
{
    /// <summary>
    /// Removes invisible and invalid characters, applies NFKC (full-width forms become half-width), maps
    /// traditional characters to simplified ones and drops whitespace, except a single space between two
    /// Latin letters or digits where it still separates words.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string normalized = ToNfkc(RemoveInvisible(text));
        var builder = new StringBuilder(normalized.Length);
        bool pendingSpace = false;
        foreach (char raw in normalized)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            char c = TraditionalChineseMap.ToSimplified(raw);
            if (pendingSpace && char.IsAsciiLetterOrDigit(builder[^1]) && char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a character only separates parts of an address ("北京市，顺义区", "北京/顺义").</summary>
    public static bool IsSeparator(char c) =>
        c is ' ' or ',' or ';' or ':' or '/' or '|' or '\\' or '-' or '_' or '.' or '、' or '。' or '·' or '•';

    public static int SkipSeparators(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsSeparator(text[position]))
        {
            position++;
        }

        return position;
    }

    public static string TrimSeparators(ReadOnlySpan<char> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsSeparator(text[start]))
        {
            start++;
        }

        while (end > start && IsSeparator(text[end - 1]))
        {
            end--;
        }

        return text[start..end].ToString();
    }

    private static string RemoveInvisible(string text)
    {
        // Control, format (zero-width, bidi overrides) and unpaired surrogate characters carry no address
        // meaning, and an unpaired surrogate would make normalisation throw.
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool keep;
            if (char.IsHighSurrogate(c))
            {
                keep = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (keep)
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                keep = false;
            }
            else
            {
                UnicodeCategory category = char.GetUnicodeCategory(c);
                keep = category is not (UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                    || char.IsWhiteSpace(c);
            }

            if (!keep && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }
            else if (keep)
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static string ToNfkc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Only reachable for code points the platform's normaliser rejects; folding still works without NFKC.
            return text;
        }
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>Shared clean-up of chat text before any rule looks at it.</summary>
internal static class TextInput
{
    // No valid answer comes anywhere near this; cutting early bounds the work done on pasted essays.
    private const int MaxRawLength = 4096;

    private const string EdgePunctuation = " .,;:!?~。，、；：！？～…·\"'“”‘’「」『』()（）【】[]<>《》";

    /// <summary>
    /// Removes control, format (RTL marks, zero-width), private-use and unassigned characters and
    /// broken surrogates, folds full-width ASCII to half-width, turns every whitespace run into one
    /// space and trims. Never throws.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var source = text.AsSpan(0, Math.Min(text.Length, MaxRawLength));
        var builder = new StringBuilder(source.Length);
        Span<char> encoded = stackalloc char[2];
        var pendingSpace = false;
        while (!source.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(source, out var rune, out var consumed);
            source = source[consumed..];
            if (status != OperationStatus.Done)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisibleOrUnsafe(rune))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(encoded[..FoldWidth(rune).EncodeToUtf16(encoded)]);
        }

        return builder.ToString();
    }

    /// <summary>A comparison form of already-cleaned text: lower case, without surrounding punctuation.</summary>
    public static string Key(string cleaned) =>
        cleaned.AsSpan().Trim(EdgePunctuation).ToString().ToLowerInvariant();

    /// <summary>Cleans and shortens text for echoing it back in a message.</summary>
    public static string ForDisplay(string? text, int maxLength)
    {
        var cleaned = Clean(text);
        if (maxLength <= 0)
        {
            return string.Empty;
        }

        // Counted in text elements so an emoji or a combined character is never split in half.
        var keptLength = 0;
        var elements = 0;
        var position = 0;
        while (position < cleaned.Length)
        {
            if (elements == maxLength)
            {
                return string.Concat(cleaned.AsSpan(0, keptLength).TrimEnd(), "…");
            }

            position += StringInfo.GetNextTextElementLength(cleaned, position);
            elements++;
            if (elements < maxLength)
            {
                keptLength = position;
            }
        }

        return cleaned;
    }

    /// <summary>Matches without letting a (theoretical) regex timeout escape as an exception.</summary>
    public static Match SafeMatch(Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    private static bool IsInvisibleOrUnsafe(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control
            or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate
            or UnicodeCategory.OtherNotAssigned;

    // Chinese input methods produce full-width digits and letters ("１３８", "Ｇ１２３４"); every parser
    // wants the ASCII forms.
    private static Rune FoldWidth(Rune rune) =>
        rune.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(rune.Value - 0xFEE0) : rune;
}

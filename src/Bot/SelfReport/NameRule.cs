using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// A resident's name: 2–20 characters (separators included), each a Chinese character or a Latin
/// letter, with single spaces or a middle dot "·" between parts ("阿卜杜拉·买买提", "Li Lei").
/// Spaces between two Chinese characters are dropped ("张 三" → "张三").
/// </summary>
public static class NameRule
{
    public const int MinLength = 2;
    public const int MaxLength = 20;

    public const char MiddleDot = '·';

    /// <summary>
    /// Returns the name trimmed, with whitespace runs made single spaces and the dot look-alikes that
    /// input methods produce ("•", "・", "‧") made "·". False for anything else.
    /// </summary>
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? name)
    {
        name = null;
        var cleaned = TextInput.Clean(input);
        if (cleaned.Length == 0 || cleaned.Length > MaxLength * 4)
        {
            return false;
        }

        var builder = new StringBuilder(cleaned.Length);
        var runes = 0;
        var previousWasSeparator = true;
        var previousLetterWasHan = false;
        foreach (var rune in cleaned.EnumerateRunes())
        {
            var value = rune.Value;
            if (value == ' ')
            {
                // A space next to a dot ("阿卜杜拉 · 买买提") is just spacing around the dot.
                if (builder.Length > 0 && builder[^1] == MiddleDot)
                {
                    continue;
                }

                if (previousWasSeparator)
                {
                    return false;
                }

                builder.Append(' ');
                runes++;
                previousWasSeparator = true;
                continue;
            }

            if (IsDot(value))
            {
                if (builder.Length > 0 && builder[^1] == ' ')
                {
                    builder.Length--;
                    runes--;
                    previousWasSeparator = false;
                }

                if (previousWasSeparator)
                {
                    return false;
                }

                builder.Append(MiddleDot);
                runes++;
                previousWasSeparator = true;
                continue;
            }

            if (!IsNameLetter(value))
            {
                return false;
            }

            // Chinese names are written without spaces; "张 三" is a typing habit, not part of the name.
            var isHan = IsHan(value);
            if (isHan && previousLetterWasHan && builder[^1] == ' ')
            {
                builder.Length--;
                runes--;
            }

            previousLetterWasHan = isHan;
            builder.Append(rune.ToString());
            runes++;
            previousWasSeparator = false;
        }

        if (previousWasSeparator || runes < MinLength || runes > MaxLength)
        {
            return false;
        }

        name = builder.ToString();
        return true;
    }

    public static bool IsValid(string? input) => TryNormalize(input, out _);

    internal static bool IsHan(int value) =>
        value is (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x2FA1F)
            or (>= 0x30000 and <= 0x323AF);

    internal static bool IsLatinLetter(int value) =>
        value is (>= 'A' and <= 'Z')
            or (>= 'a' and <= 'z')
            or (>= 0x00C0 and <= 0x024F and not 0x00D7 and not 0x00F7)
            or (>= 0x1E00 and <= 0x1EFF);

    private static bool IsNameLetter(int value) => IsHan(value) || IsLatinLetter(value);

    private static bool IsDot(int value) =>
        value is MiddleDot or '•' or '・' or '･' or '‧' or '∙' or '⋅';
}

using System.Globalization;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>Reads the small numbers residents type either as digits or in Chinese ("十二", "两").</summary>
internal static class SmallNumber
{
    public const string ChineseDigits = "零〇一二两三四五六七八九十";

    /// <summary>Accepts ASCII digits (up to four) or Chinese numerals from 零 to 九十九.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.Length <= 4 && IsAsciiDigits(text))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && TryDigit(text[0], out value);
        }

        var tens = 1;
        if (ten == 1 && (!TryDigit(text[0], out tens) || tens == 0))
        {
            return false;
        }

        if (ten > 1)
        {
            return false;
        }

        var rest = text[(ten + 1)..];
        var units = 0;
        if (rest.Length > 1 || (rest.Length == 1 && (!TryDigit(rest[0], out units) || units == 0)))
        {
            return false;
        }

        value = (tens * 10) + units;
        return true;
    }

    public static bool IsAsciiDigits(ReadOnlySpan<char> text) =>
        !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static bool TryDigit(char c, out int digit)
    {
        digit = c switch
        {
            '零' or '〇' => 0,
            '一' => 1,
            '二' or '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => -1,
        };
        return digit >= 0;
    }
}

using System.Globalization;
using System.Text;

namespace CommunityNotices.Privacy;

/// <summary>
/// How personal data looks wherever a role does not need it in full: in groups, ledgers by default, logs.
/// 张三华 → 张*华, 欧阳娜娜 → 欧**娜, Li Lei → L***i (Latin names never reveal their length), 13812345678 → 138****5678.
/// </summary>
public static class PersonalDataMask
{
    private const string LatinMiddle = "***";

    public static string Name(string? name)
    {
        var cleaned = new string((name ?? "").Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray()).Trim();
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(cleaned);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        if (elements.Count <= 2)
        {
            return elements.Count switch { 0 => "", 1 => "*", _ => elements[0] + "*" };
        }

        var middle = cleaned.Any(char.IsAsciiLetter) ? LatinMiddle : new string('*', elements.Count - 2);
        return new StringBuilder().Append(elements[0]).Append(middle).Append(elements[^1]).ToString();
    }

    /// <summary>A mainland mobile (with or without +86) keeps its first 3 and last 4 digits; anything else is "***".</summary>
    public static string Phone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        else if (digits.Length == 15 && digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }

        return digits.Length == 11 && digits[0] == '1' ? $"{digits[..3]}****{digits[7..]}" : "***";
    }

    /// <summary>A room number says who lives there; staff notices name the building and unit only.</summary>
    public static string Home(string building, string? unit) =>
        string.IsNullOrEmpty(unit) ? $"{building}号楼" : $"{building}号楼{unit}单元";
}

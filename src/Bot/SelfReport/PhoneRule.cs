using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// A mainland China mobile number: 11 digits starting 13–19. Spaces, dashes, brackets, full-width
/// digits and a +86 / 86 / 0086 country prefix are accepted and removed.
/// </summary>
public static class PhoneRule
{
    public const int Length = 11;

    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? phone)
    {
        phone = null;
        var cleaned = TextInput.Clean(input);
        if (cleaned.Length == 0 || cleaned.Length > 32)
        {
            return false;
        }

        var digits = new StringBuilder(cleaned.Length);
        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i];
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0)
            {
                // Only meaningful as the start of a country prefix; checked by the length rules below.
            }
            else if (c is not (' ' or '-' or '‐' or '–' or '—' or '(' or ')' or '（' or '）' or '.'))
            {
                return false;
            }
        }

        var number = digits.ToString();
        if (number.Length == Length + 4 && number.StartsWith("0086", StringComparison.Ordinal))
        {
            number = number[4..];
        }
        else if (number.Length == Length + 2 && number.StartsWith("86", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        if (number.Length != Length || number[0] != '1' || number[1] < '3')
        {
            return false;
        }

        phone = number;
        return true;
    }

    public static bool IsValid(string? input) => TryNormalize(input, out _);
}

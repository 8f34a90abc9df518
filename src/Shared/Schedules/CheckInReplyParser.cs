using System.Globalization;
using System.Text;

namespace CommunityNotices.Schedules;

/// <summary>
/// Reads a resident's free-text reply to a health check-in notice: "36.5", "36.8 无症状",
/// "37.5 咳嗽", "体温36.4，没有不适", "３６.５", "36,5", "98.6F".
/// </summary>
/// <remarks>
/// Replies come from phone keyboards in every input mode, so full-width characters, comma decimals
/// and Fahrenheit are normal, not errors. <see cref="Parse"/> never throws: whatever arrives, the
/// resident gets an answer.
/// </remarks>
public static class CheckInReplyParser
{
    /// <summary>Replies longer than this are refused rather than scanned.</summary>
    public const int MaxReplyLength = 2000;

    /// <summary>Lowest plausible body temperature, °C.</summary>
    public const decimal MinCelsius = 34m;

    /// <summary>Highest plausible body temperature, °C.</summary>
    public const decimal MaxCelsius = 43m;

    /// <summary>Lowest reading taken as Fahrenheit when no unit is given.</summary>
    public const decimal MinFahrenheit = 97m;

    /// <summary>Highest reading taken as Fahrenheit when no unit is given.</summary>
    public const decimal MaxFahrenheit = 106m;

    private static readonly string[] Labels = ["体温", "温度", "temperature", "temp"];

    /// <summary>Parses a reply. Never throws.</summary>
    public static CheckInReply Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Invalid(null, "回复为空，请发送体温，例如 36.5 (empty reply; send your temperature, e.g. 36.5)");
        }

        if (text.Length > MaxReplyLength)
        {
            return Invalid(null, "回复过长，请只发送体温和症状，例如 36.5 无症状 (reply too long; send just your temperature and symptoms, e.g. 36.5 无症状)");
        }

        var normalized = Normalize(text);
        var symptoms = SymptomScanner.Scan(normalized);
        var numbers = ScanNumbers(normalized);

        var readings = numbers.Select(n => n.Celsius).OfType<decimal>().ToList();
        if (readings.Count > 0)
        {
            // Two plausible readings ("早36.5 晚37.6") are taken at the higher, because a missed fever costs more than a false alarm.
            return new CheckInReply(readings.Max(), symptoms.Reported, symptoms.Words, true, null);
        }

        if (numbers.Count == 0)
        {
            return Invalid(symptoms, "未找到体温，请用数字回复，例如 36.5 (no temperature found; reply with a number such as 36.5)");
        }

        var shown = numbers.FirstOrDefault(n => n.Labelled || n.Unit != Unit.None)
            ?? numbers.FirstOrDefault(n => n.HasFraction)
            ?? numbers[0];
        return Invalid(
            symptoms,
            $"体温 {shown.Text} 不合理，应在 34–43 ℃（或 97–106 ℉）之间，请重新测量后回复 ({shown.Text} is not a plausible body temperature; expected 34–43 °C or 97–106 °F)");
    }

    private static CheckInReply Invalid(SymptomScanner.Result? symptoms, string problem) =>
        new(null, symptoms?.Reported, symptoms?.Words ?? [], false, problem);

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                // Full-width ASCII (Chinese IME): digits, letters, "．", "，", "：".
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u02DA' or '\u00BA' => '°',
                _ => c,
            };
            builder.Append(char.IsAsciiLetterUpper(mapped) ? (char)(mapped | 0x20) : mapped);
        }

        return builder.ToString();
    }

    private static List<NumberToken> ScanNumbers(string s)
    {
        var tokens = new List<NumberToken>();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            var integer = s[start..i];
            var fraction = string.Empty;
            if (i + 1 < s.Length && IsDecimalSeparator(s[i]) && char.IsAsciiDigit(s[i + 1]))
            {
                var fractionStart = ++i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                fraction = s[fractionStart..i];
            }

            var (unit, afterUnit) = ReadUnit(s, i);

            // "36度5" is how 三十六度五 gets typed.
            if (unit == Unit.Degree && fraction.Length == 0 && s[afterUnit - 1] == '度'
                && afterUnit < s.Length && char.IsAsciiDigit(s[afterUnit])
                && (afterUnit + 1 == s.Length || !char.IsAsciiDigit(s[afterUnit + 1])))
            {
                fraction = s[afterUnit].ToString();
                afterUnit++;
            }

            var (prefixUnit, labelled) = ReadPrefix(s, start);
            if (unit is Unit.None or Unit.Degree && prefixUnit != Unit.None)
            {
                unit = prefixUnit;
            }

            var text = fraction.Length == 0 ? integer : integer + "." + fraction;
            tokens.Add(new NumberToken(text, fraction.Length > 0, unit, labelled, ToCelsius(integer, fraction, unit)));
            i = Math.Max(i, afterUnit);
        }

        return tokens;
    }

    private static bool IsDecimalSeparator(char c) => c is '.' or ',' or '。' or '·' or '・';

    private static (Unit Unit, int End) ReadUnit(string s, int i)
    {
        var j = i;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        var rest = s.AsSpan(j);
        if (rest.StartsWith("℃") || rest.StartsWith("摄氏度"))
        {
            return (Unit.Celsius, j + (rest[0] == '℃' ? 1 : 3));
        }

        if (rest.StartsWith("℉") || rest.StartsWith("华氏度"))
        {
            return (Unit.Fahrenheit, j + (rest[0] == '℉' ? 1 : 3));
        }

        if (rest.StartsWith("°"))
        {
            var k = j + 1;
            while (k < s.Length && s[k] == ' ')
            {
                k++;
            }

            return IsUnitLetter(s, k, 'c') ? (Unit.Celsius, k + 1)
                : IsUnitLetter(s, k, 'f') ? (Unit.Fahrenheit, k + 1)
                : (Unit.Degree, j + 1);
        }

        if (rest.StartsWith("度"))
        {
            return (Unit.Degree, j + 1);
        }

        if (StartsWithWord(rest, "celsius"))
        {
            return (Unit.Celsius, j + "celsius".Length);
        }

        if (StartsWithWord(rest, "fahrenheit"))
        {
            return (Unit.Fahrenheit, j + "fahrenheit".Length);
        }

        return IsUnitLetter(s, j, 'c') ? (Unit.Celsius, j + 1)
            : IsUnitLetter(s, j, 'f') ? (Unit.Fahrenheit, j + 1)
            : (Unit.None, i);
    }

    private static bool IsUnitLetter(string s, int k, char letter) =>
        k < s.Length && s[k] == letter && (k + 1 == s.Length || !char.IsAsciiLetter(s[k + 1]));

    private static bool StartsWithWord(ReadOnlySpan<char> rest, string word) =>
        rest.StartsWith(word, StringComparison.Ordinal)
        && (rest.Length == word.Length || !char.IsAsciiLetter(rest[word.Length]));

    private static (Unit Unit, bool Labelled) ReadPrefix(string s, int start)
    {
        var k = start;
        while (k > 0 && s[k - 1] is ' ' or ':' or '=')
        {
            k--;
        }

        var before = s.AsSpan(0, k);
        if (before.EndsWith("华氏"))
        {
            return (Unit.Fahrenheit, true);
        }

        if (before.EndsWith("摄氏"))
        {
            return (Unit.Celsius, true);
        }

        foreach (var label in Labels)
        {
            if (before.EndsWith(label, StringComparison.Ordinal))
            {
                return (Unit.None, true);
            }
        }

        return (Unit.None, false);
    }

    private static decimal? ToCelsius(string integer, string fraction, Unit unit)
    {
        // Longer runs are phone numbers or typos, and would overflow decimal anyway.
        if (integer.Length > 3)
        {
            return null;
        }

        var digits = fraction.Length == 0 ? integer : integer + "." + fraction[..Math.Min(fraction.Length, 2)];
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var celsius = unit switch
        {
            Unit.Fahrenheit => FahrenheitToCelsius(value),
            Unit.Celsius => value,
            _ when value >= MinFahrenheit && value <= MaxFahrenheit => FahrenheitToCelsius(value),
            _ => value,
        };

        return celsius >= MinCelsius && celsius <= MaxCelsius ? celsius : null;
    }

    private static decimal FahrenheitToCelsius(decimal fahrenheit) =>
        Math.Round((fahrenheit - 32m) * 5m / 9m, 1, MidpointRounding.AwayFromZero);

    private enum Unit
    {
        None,
        Degree,
        Celsius,
        Fahrenheit,
    }

    private sealed record NumberToken(string Text, bool HasFraction, Unit Unit, bool Labelled, decimal? Celsius);
}

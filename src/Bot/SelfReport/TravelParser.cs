using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Reads the travel mode and an optional number: "高铁 G1234", "G1234" (a train), "CA1234" / "MU5101" /
/// "3U8888" (flights), "飞机 CA1234", "自驾", "自驾 京A12345", "京A12345" (a car), "大巴", "其他", and the English words.
/// A bare number decides the mode by its shape: one letter + up to four digits is a train, a two
/// character airline code + digits a flight. When several modes are named ("飞机转高铁") the first
/// one mentioned wins. A number that does not fit the named mode is ignored rather than rejected,
/// because the mode is what the community needs and the summary shows what was understood.
/// </summary>
public static partial class TravelParser
{
    private const int MaxInputLength = 60;

    // Longer phrases come before the words they contain so "长途汽车" is a bus, not a car.
    private static readonly (string Word, string Mode)[] ChineseWords =
    [
        ("火车", TravelModes.Train),
        ("高铁", TravelModes.Train),
        ("动车", TravelModes.Train),
        ("列车", TravelModes.Train),
        ("城际", TravelModes.Train),
        ("铁路", TravelModes.Train),
        ("飞机", TravelModes.Flight),
        ("航班", TravelModes.Flight),
        ("坐飞", TravelModes.Flight),
        ("飞回", TravelModes.Flight),
        ("长途汽车", TravelModes.Bus),
        ("长途客车", TravelModes.Bus),
        ("长途车", TravelModes.Bus),
        ("大巴", TravelModes.Bus),
        ("客车", TravelModes.Bus),
        ("巴士", TravelModes.Bus),
        ("班车", TravelModes.Bus),
        ("公交", TravelModes.Bus),
        ("自驾", TravelModes.Car),
        ("开车", TravelModes.Car),
        ("驾车", TravelModes.Car),
        ("私家车", TravelModes.Car),
        ("小汽车", TravelModes.Car),
        ("汽车", TravelModes.Car),
        ("出租车", TravelModes.Car),
        ("网约车", TravelModes.Car),
        ("顺风车", TravelModes.Car),
        ("打车", TravelModes.Car),
        ("其他", TravelModes.Other),
        ("其它", TravelModes.Other),
        ("轮船", TravelModes.Other),
        ("轮渡", TravelModes.Other),
        ("坐船", TravelModes.Other),
        ("摩托", TravelModes.Other),
        ("步行", TravelModes.Other),
        ("骑车", TravelModes.Other),
    ];

    private static readonly Dictionary<string, string> EnglishWords = new(StringComparer.Ordinal)
    {
        ["train"] = TravelModes.Train,
        ["rail"] = TravelModes.Train,
        ["railway"] = TravelModes.Train,
        ["hsr"] = TravelModes.Train,
        ["flight"] = TravelModes.Flight,
        ["flew"] = TravelModes.Flight,
        ["fly"] = TravelModes.Flight,
        ["plane"] = TravelModes.Flight,
        ["airplane"] = TravelModes.Flight,
        ["aeroplane"] = TravelModes.Flight,
        ["air"] = TravelModes.Flight,
        ["car"] = TravelModes.Car,
        ["drive"] = TravelModes.Car,
        ["drove"] = TravelModes.Car,
        ["driving"] = TravelModes.Car,
        ["taxi"] = TravelModes.Car,
        ["bus"] = TravelModes.Bus,
        ["coach"] = TravelModes.Bus,
        ["other"] = TravelModes.Other,
        ["others"] = TravelModes.Other,
        ["ship"] = TravelModes.Other,
        ["boat"] = TravelModes.Other,
        ["ferry"] = TravelModes.Other,
        ["walk"] = TravelModes.Other,
        ["motorbike"] = TravelModes.Other,
    };

    public static bool TryParse(string? text, [NotNullWhen(true)] out TravelAnswer? answer)
    {
        answer = null;
        var cleaned = TextInput.Clean(text);
        if (cleaned.Length == 0 || cleaned.Length > MaxInputLength)
        {
            return false;
        }

        var upper = cleaned.ToUpperInvariant();
        var mode = FindNamedMode(cleaned.ToLowerInvariant());
        var codes = FindCodes(upper);
        if (mode is null)
        {
            // A bare plate would otherwise pass for a flight number ("京A12345" → "A12345").
            if (FindNumberFor(TravelModes.Car, codes, upper) is { } plate)
            {
                answer = new TravelAnswer(TravelModes.Car, plate);
                return true;
            }

            foreach (var code in codes)
            {
                if (IsTrainNumber(code))
                {
                    answer = new TravelAnswer(TravelModes.Train, code);
                    return true;
                }

                if (IsFlightNumber(code))
                {
                    answer = new TravelAnswer(TravelModes.Flight, code);
                    return true;
                }
            }

            return false;
        }

        answer = new TravelAnswer(mode, FindNumberFor(mode, codes, upper));
        return true;
    }

    private static string? FindNamedMode(string lower)
    {
        string? mode = null;
        var position = int.MaxValue;
        foreach (var (word, wordMode) in ChineseWords)
        {
            var index = lower.IndexOf(word, StringComparison.Ordinal);
            if (index >= 0 && index < position)
            {
                (mode, position) = (wordMode, index);
            }
        }

        // English words only count whole, so "air" does not fire inside "chair".
        foreach (Match word in EnglishWord().Matches(lower))
        {
            if (word.Index < position && EnglishWords.TryGetValue(word.Value, out var wordMode))
            {
                (mode, position) = (wordMode, word.Index);
            }
        }

        return mode;
    }

    private static string? FindNumberFor(string mode, List<string> codes, string upper)
    {
        switch (mode)
        {
            case TravelModes.Train:
                return codes.FirstOrDefault(code => IsTrainNumber(code) || (code.Length == 4 && SmallNumber.IsAsciiDigits(code)));
            case TravelModes.Flight:
                return codes.FirstOrDefault(IsFlightNumber);
            case TravelModes.Car:
                var plate = TextInput.SafeMatch(Plate(), upper);
                return plate.Success ? plate.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("·", string.Empty, StringComparison.Ordinal) : null;
            default:
                return null;
        }
    }

    /// <summary>Letter/digit runs, with "CA 1234" style codes written with a space joined up.</summary>
    private static List<string> FindCodes(string upper)
    {
        var tokens = new List<string>();
        foreach (Match token in CodeToken().Matches(upper))
        {
            tokens.Add(token.Value);
        }

        var codes = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i + 1 < tokens.Count
                && token.Length <= 2
                && token.Any(char.IsAsciiLetterUpper)
                && tokens[i + 1].Length <= 4
                && SmallNumber.IsAsciiDigits(tokens[i + 1]))
            {
                codes.Add(token + tokens[i + 1]);
                i++;
            }
            else
            {
                codes.Add(token);
            }
        }

        return codes;
    }

    private static bool IsTrainNumber(string code) => TextInput.SafeMatch(TrainNumber(), code).Success;

    private static bool IsFlightNumber(string code) => TextInput.SafeMatch(FlightNumber(), code).Success;

    [GeneratedRegex(@"[A-Z0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"^[GDCZTKSLY][0-9]{1,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TrainNumber();

    [GeneratedRegex(@"^(?:[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])[0-9]{1,4}[A-Z]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex FlightNumber();

    [GeneratedRegex(
        @"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][ ·]?[A-Z0-9]{5,6}",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Plate();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Reads a calendar date the way residents type it: "2021-01-10", "2021/1/10", "2021.1.10",
/// "2021年1月10日", "20210110", "1月10日", "1-10", "1/10", "今天" / "昨天" / "前天" / "大前天",
/// "today" / "yesterday", "3天前", "两周前", "3 days ago", "Jan 10", "10 January 2021".
/// Numbers without a year are month first and mean the most recent such date that is not after
/// <c>today</c>. Only the calendar is checked here; whether the date is acceptable for a question
/// is the flow's business.
/// </summary>
public static partial class DateAnswerParser
{
    private const int MaxInputLength = 40;

    // Far enough back for any real answer, small enough that AddDays can never overflow.
    private const int MaxDaysAgo = 3660;

    // Feb 29 needs up to eight years back to find a leap year (1900 and 2100 are not).
    private const int MaxYearsBackForMonthDay = 8;

    private static readonly Dictionary<string, int> RelativeWords = new(StringComparer.Ordinal)
    {
        ["今天"] = 0,
        ["今日"] = 0,
        ["today"] = 0,
        ["昨天"] = 1,
        ["昨日"] = 1,
        ["yesterday"] = 1,
        ["前天"] = 2,
        ["前日"] = 2,
        ["the day before yesterday"] = 2,
        ["大前天"] = 3,
    };

    private static readonly Dictionary<string, int> EnglishCounts = new(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
    };

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var key = TextInput.Key(TextInput.Clean(text));
        if (key.Length == 0 || key.Length > MaxInputLength)
        {
            return false;
        }

        return TryRelativeWord(key, today, out date)
            || TryAgo(key, today, out date)
            || TryWithYear(key, out date)
            || TryMonthDay(key, today, out date)
            || TryEnglish(key, today, out date);
    }

    private static bool TryRelativeWord(string key, DateOnly today, out DateOnly date)
    {
        date = default;
        if (!RelativeWords.TryGetValue(key, out var daysAgo) || daysAgo > today.DayNumber)
        {
            return false;
        }

        date = today.AddDays(-daysAgo);
        return true;
    }

    private static bool TryAgo(string key, DateOnly today, out DateOnly date)
    {
        date = default;
        var match = TextInput.SafeMatch(Ago(), key);
        if (!match.Success)
        {
            return false;
        }

        var countText = match.Groups["n"].Value;
        if (!EnglishCounts.TryGetValue(countText, out var count) && !SmallNumber.TryParse(countText, out count))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value;
        var days = unit.StartsWith('天') || unit.StartsWith('日') || unit.StartsWith("day", StringComparison.Ordinal)
            ? count
            : count * 7;
        if (days > MaxDaysAgo || days > today.DayNumber)
        {
            return false;
        }

        date = today.AddDays(-days);
        return true;
    }

    private static bool TryWithYear(string key, out DateOnly date)
    {
        date = default;
        var match = TextInput.SafeMatch(WithYear(), key);
        if (!match.Success)
        {
            match = TextInput.SafeMatch(Compact(), key);
        }

        return match.Success
            && int.TryParse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && SmallNumber.TryParse(match.Groups["m"].Value, out var month)
            && SmallNumber.TryParse(match.Groups["d"].Value, out var day)
            && TryCreate(year, month, day, out date);
    }

    private static bool TryMonthDay(string key, DateOnly today, out DateOnly date)
    {
        date = default;
        var match = TextInput.SafeMatch(MonthDay(), key);
        return match.Success
            && SmallNumber.TryParse(match.Groups["m"].Value, out var month)
            && SmallNumber.TryParse(match.Groups["d"].Value, out var day)
            && TryMostRecent(month, day, today, out date);
    }

    private static bool TryEnglish(string key, DateOnly today, out DateOnly date)
    {
        date = default;
        var match = TextInput.SafeMatch(EnglishMonthFirst(), key);
        if (!match.Success)
        {
            match = TextInput.SafeMatch(EnglishDayFirst(), key);
        }

        if (!match.Success
            || !TryMonthName(match.Groups["mon"].Value, out var month)
            || !int.TryParse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        var yearGroup = match.Groups["y"];
        if (!yearGroup.Success)
        {
            return TryMostRecent(month, day, today, out date);
        }

        return int.TryParse(yearGroup.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && TryCreate(year, month, day, out date);
    }

    private static bool TryMonthName(string text, out int month)
    {
        // "Sept" is common enough to allow besides three-letter and full names.
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i];
            if (text == name || text == name[..3] || (i == 8 && text == "sept"))
            {
                month = i + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }

    private static bool TryMostRecent(int month, int day, DateOnly today, out DateOnly date)
    {
        for (var year = today.Year; year >= today.Year - MaxYearsBackForMonthDay; year--)
        {
            if (TryCreate(year, month, day, out date) && date <= today)
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(
        @"^(?<n>[0-9]{1,4}|[零一二两三四五六七八九十]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s?(?<unit>天|日|个星期|星期|个礼拜|礼拜|周|days?|weeks?)\s?(?:以前|之前|前|ago)$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Ago();

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})\s?(?:[-/.]|年)\s?(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s?(?:[-/.]|月)\s?(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?(?:日|号|號)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex WithYear();

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Compact();

    [GeneratedRegex(
        @"^(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s?(?:[-/.]|月)\s?(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?(?:日|号|號)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex MonthDay();

    [GeneratedRegex(
        @"^(?<mon>[a-z]{3,9})\.?\s?(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,?\s?(?<y>[0-9]{4}))?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(
        @"^(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s?(?<mon>[a-z]{3,9})\.?(?:,?\s?(?<y>[0-9]{4}))?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex EnglishDayFirst();
}

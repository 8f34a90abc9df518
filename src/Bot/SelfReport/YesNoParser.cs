namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Yes/no answers: 有 / 是 / 对 / yes / y mean yes; 无 / 没有 / 否 / 不是 / no / n / none mean no.
/// Surrounding punctuation and case are ignored; anything else is neither.
/// </summary>
public static class YesNoParser
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "有", "有的", "有过", "有症状", "是", "是的", "对", "对的", "yes", "y", "yeah", "yep", "true",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "无", "没有", "没", "没有的", "都没有", "没有症状", "无症状", "否", "不是", "不", "没得",
        "no", "n", "nope", "none", "false",
    };

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public static bool? Parse(string? text)
    {
        var cleaned = TextInput.Clean(text);
        if (cleaned.Length == 0 || cleaned.Length > 20)
        {
            return null;
        }

        var key = TextInput.Key(cleaned);
        if (Yes.Contains(key))
        {
            return true;
        }

        return No.Contains(key) ? false : null;
    }

    public static bool TryParse(string? text, out bool value)
    {
        var parsed = Parse(text);
        value = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}

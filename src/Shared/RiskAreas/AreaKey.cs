using System.Text;
using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>Canonical keys for area text, so that spelling noise does not create or hide differences.</summary>
internal static class AreaKey
{
    // Administrative words that published lists and residents add or omit at will ("阎村镇乐活家园社区" and
    // "阎村乐活家园" are the same place). Removed wherever they occur, from both sides, so containment still
    // holds; longer words first so that 村民委员会 is not left as 民委员会.
    private static readonly string[] AdministrativeWords =
    [
        "村民委员会", "居民委员会", "村民小组", "居委会", "村委会", "行政村", "办事处", "村委", "街道", "社区", "小区", "镇", "乡",
    ];

    // 村 is only dropped at the end: inside a key it is usually part of a name (念四新村小区, 中关村).
    private const char TrailingVillage = '村';

    /// <summary>
    /// Identity of an area for comparing lists: folded (traditional, full-width), lower-case, letters and
    /// digits only. "乐活家园 社区" and "乐活家园社区" are the same area; "庄头镇" and "庄头村" are not.
    /// </summary>
    public static string ForIdentity(string? area)
    {
        string folded = ChineseText.Fold(area);
        var builder = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Key for matching a resident's text against a listed area: the identity key without administrative
    /// words (街道, 镇, 乡, 社区, 小区, 居委会…) and without a final 村, so "赵全营" matches "赵全营镇".
    /// </summary>
    public static string ForMatching(string? area)
    {
        string key = ForIdentity(area);
        foreach (string word in AdministrativeWords)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                string shorter = key.Replace(word, string.Empty, StringComparison.Ordinal);
                key = shorter.Length > 0 ? shorter : key;
            }
        }

        if (key.Length > 2 && key[^1] == TrailingVillage)
        {
            key = key[..^1];
        }

        return key;
    }

    /// <summary>Whether a resident's key and a listed area's key name the same place, one inside the other.</summary>
    public static bool Matches(string originKey, string entryKey)
    {
        const int MinimumContained = 2;
        if (originKey.Length == 0 || entryKey.Length == 0)
        {
            return false;
        }

        return originKey == entryKey
            || (entryKey.Length >= MinimumContained && originKey.Contains(entryKey, StringComparison.Ordinal))
            || (originKey.Length >= MinimumContained && entryKey.Contains(originKey, StringComparison.Ordinal));
    }
}

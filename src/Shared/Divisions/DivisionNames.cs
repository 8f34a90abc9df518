namespace CommunityNotices.Divisions;

/// <summary>Derives the colloquial short form of an official division name.</summary>
internal static class DivisionNames
{
    // Longest first, so that 自治区 wins over 区 and 新区 over 区.
    private static readonly string[] ProvinceSuffixes = ["特别行政区", "自治区", "省", "市"];
    private static readonly string[] CitySuffixes = ["自治州", "地区", "盟", "市"];
    private static readonly string[] DistrictSuffixes = ["自治县", "自治旗", "联合旗", "新区", "林区", "特区", "区", "县", "市", "旗"];

    // Autonomous units name their peoples between the place name and the suffix (德宏傣族景颇族自治州);
    // some names drop the 族 (新疆维吾尔自治区, 伊犁哈萨克自治州), so both forms are listed.
    private static readonly string[] Peoples =
    [
        "柯尔克孜族", "乌孜别克族", "俄罗斯族", "维吾尔族", "达斡尔族", "鄂温克族", "鄂伦春族", "塔吉克族", "塔塔尔族",
        "哈萨克族", "哈尼族", "傈僳族", "拉祜族", "东乡族", "纳西族", "景颇族", "仫佬族", "布朗族", "撒拉族",
        "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "德昂族", "保安族", "裕固族", "独龙族", "赫哲族",
        "门巴族", "珞巴族", "基诺族", "布依族", "朝鲜族", "土家族", "高山族", "蒙古族",
        "回族", "藏族", "苗族", "彝族", "壮族", "满族", "侗族", "瑶族", "白族", "傣族", "黎族", "佤族", "畲族",
        "水族", "土族", "羌族", "怒族", "京族",
        "柯尔克孜", "维吾尔", "哈萨克", "塔吉克", "蒙古",
    ];

    /// <summary>The short name, or <see langword="null"/> when it would be shorter than two characters or equal to the name.</summary>
    public static string? ShortName(string name, DivisionLevel level)
    {
        string[] suffixes = level switch
        {
            DivisionLevel.Province => ProvinceSuffixes,
            DivisionLevel.City => CitySuffixes,
            _ => DistrictSuffixes,
        };

        string stem = name;
        foreach (string suffix in suffixes)
        {
            // 金林区 is 金林 + 区, not 金 + 林区: a suffix that would leave one character is the wrong one.
            if (stem.Length - suffix.Length >= 2 && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        stem = StripPeoples(stem);

        // Units named after their people alone (鄂温克族自治旗, 东乡族自治县) are called by the name without 族.
        if (stem.Length > 2 && stem.EndsWith('族'))
        {
            stem = stem[..^1];
        }

        // One-character stems (城区 → 城, 忠县 → 忠) would match far too much free text.
        return stem.Length >= 2 && stem != name ? stem : null;
    }

    private static string StripPeoples(string stem)
    {
        bool stripped;
        do
        {
            stripped = false;
            foreach (string people in Peoples)
            {
                if (stem.Length - people.Length >= 2 && stem.EndsWith(people, StringComparison.Ordinal))
                {
                    stem = stem[..^people.Length];
                    stripped = true;
                    break;
                }
            }
        }
        while (stripped);

        return stem;
    }
}

namespace CommunityNotices.Divisions;

/// <summary>
/// Reads the division names at the start of free address text ("北京顺义区赵全营镇", "顺义 赵全营",
/// "河南省郑州市二七区五里堡街道") and returns them in official form with the rest of the text.
/// </summary>
/// <remarks>
/// <para>
/// Names are read greedily from the start, longest spelling first, each one inside the division before it;
/// the first may be at any level. Suffixes (省, 市, 区, 县, 自治区…) may be missing, traditional and full-width
/// characters are accepted, and separators between names are skipped.
/// </para>
/// <para>
/// When several readings consume the same text, a division wins over the divisions it contains (吉林 is
/// 吉林省), and a reading that ends at a more senior rank wins (海南 is the province, not 乌海市海南区; 西安 is
/// the city, not 辽源市西安区), a municipality's districts ranking with prefecture-level cities. Readings left
/// tied at the same rank give <see cref="AddressStatus.Ambiguous"/> with every reading as a candidate (朝阳区,
/// 鼓楼区, and 朝阳: 朝阳市, 北京市朝阳区, 长春市朝阳区): the normaliser never guesses between places of one rank.
/// </para>
/// <para>
/// Text that is not a division ("高新区", "经济技术开发区", a development zone's name) stays in
/// <see cref="NormalizedAddress.Rest"/> under the last division read. Empty, over-long or meaningless input
/// gives <see cref="AddressStatus.Unknown"/>; no input makes it throw.
/// </para>
/// </remarks>
public static class AddressNormalizer
{
    /// <summary>Longer input is not an address and is answered with <see cref="AddressStatus.Unknown"/> without being read.</summary>
    public const int MaxInputLength = 256;

    // A short name followed by one of these is usually the start of a street or place named after the
    // division (永定街道, 朝阳门, 北京路), not the division itself.
    private static readonly string[] StreetContinuations =
    [
        "街", "路", "道", "巷", "弄", "胡同", "里", "门", "桥", "镇", "乡", "村", "社区", "小区", "居委", "村委",
        "广场", "公园", "花园", "新村", "大道", "大街", "号", "站",
    ];

    private static readonly string[] CountryPrefixes = ["中华人民共和国", "中国"];

    /// <summary>Normalises <paramref name="text"/> against <see cref="DivisionIndex.Default"/>.</summary>
    public static NormalizedAddress Normalize(string? text) => Normalize(text, DivisionIndex.Default);

    /// <summary>Normalises <paramref name="text"/> against the given division table.</summary>
    public static NormalizedAddress Normalize(string? text, DivisionIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength)
        {
            return NormalizedAddress.Unknown(string.Empty);
        }

        string folded = ChineseText.Fold(text);
        int start = SkipCountry(folded);
        List<Reading> readings = Read(index, folded, within: null, start);
        if (readings.Count == 0)
        {
            return NormalizedAddress.Unknown(ChineseText.TrimSeparators(folded));
        }

        string rest = ChineseText.TrimSeparators(folded.AsSpan(readings[0].End));
        if (readings.Count == 1)
        {
            return NormalizedAddress.Resolved(readings[0].Division, rest);
        }

        return Ambiguous(index, readings, rest);
    }

    private static List<Reading> Read(DivisionIndex index, string text, Division? within, int position)
    {
        position = ChineseText.SkipSeparators(text, position);
        if (within is { IsMunicipality: true })
        {
            position = SkipRepeatedMunicipality(text, within, position);
        }

        (int length, List<Division> found) = FindLongest(index, text, position, within);
        if (found.Count == 0)
        {
            return within is null ? [] : [new Reading(within, position)];
        }

        var readings = new List<Reading>();
        foreach (Division division in found)
        {
            readings.AddRange(Read(index, text, division, position + length));
        }

        return Select(readings);
    }

    private static (int Length, List<Division> Found) FindLongest(DivisionIndex index, string text, int position, Division? within)
    {
        var found = new List<Division>();
        for (int length = Math.Min(index.MaxNameLength, text.Length - position); length >= 2; length--)
        {
            foreach (NameVariant variant in index.LookupName(text.AsSpan(position, length)))
            {
                Division division = variant.Division;
                if ((within is null || within.Contains(division))
                    && !found.Contains(division)
                    && (!variant.IsShort || !StartsStreetName(index, text, position + length, division)))
                {
                    found.Add(division);
                }
            }

            if (found.Count > 0)
            {
                return (length, found);
            }
        }

        return (0, found);
    }

    private static bool StartsStreetName(DivisionIndex index, string text, int end, Division division)
    {
        // 湖南道县: the text goes on with a division inside this one, so 湖南 was a division after all.
        return StartsWithStreetWord(text.AsSpan(end))
            && (division.Level == DivisionLevel.District || FindLongest(index, text, end, division).Found.Count == 0);
    }

    private static bool StartsWithStreetWord(ReadOnlySpan<char> text)
    {
        foreach (string continuation in StreetContinuations)
        {
            if (text.StartsWith(continuation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the best of several readings of the same text (see the class remarks).</summary>
    private static List<Reading> Select(List<Reading> readings)
    {
        if (readings.Count <= 1)
        {
            return readings;
        }

        int end = readings.Max(r => r.End);
        List<Division> divisions = readings.Where(r => r.End == end).Select(r => r.Division).Distinct().ToList();
        divisions.RemoveAll(d => divisions.Exists(other => other.Contains(d)));
        DivisionLevel senior = divisions.Min(d => d.Level);
        List<Division> best = divisions.FindAll(d => d.Level == senior);
        bool unrivalled = best.Count == 1 && !divisions.Exists(d => d != best[0] && Rank(d) <= Rank(best[0]));

        // A tie keeps every reading, so that the caller can offer all of them, juniors included.
        return (unrivalled ? best : divisions).Select(d => new Reading(d, end)).ToList();
    }

    /// <summary>
    /// Administrative rank: a municipality's districts rank with prefecture-level cities, as they do in law,
    /// so they tie with a city of the same name (朝阳 stays ambiguous between 朝阳市 and 北京市朝阳区) though
    /// they never outrank another district (朝阳区 stays ambiguous between 北京 and 长春).
    /// </summary>
    private static int Rank(Division division) => division.Level switch
    {
        DivisionLevel.Province => 0,
        DivisionLevel.City => 1,
        _ => division.Parent is { IsPseudoLevel: true, Parent.IsMunicipality: true } ? 1 : 2,
    };

    private static int SkipRepeatedMunicipality(string text, Division municipality, int position)
    {
        // "上海市上海市松江区" and "北京市市辖区顺义区" both occur in published lists.
        string?[] repeats = [municipality.Name, municipality.ShortName, "市辖区"];
        bool skipped = true;
        while (skipped)
        {
            skipped = false;
            foreach (string? repeat in repeats)
            {
                if (repeat is not null
                    && text.AsSpan(position).StartsWith(repeat, StringComparison.Ordinal)
                    && !StartsWithStreetWord(text.AsSpan(position + repeat.Length)))
                {
                    position = ChineseText.SkipSeparators(text, position + repeat.Length);
                    skipped = true;
                }
            }
        }

        return position;
    }

    private static int SkipCountry(string text)
    {
        int position = ChineseText.SkipSeparators(text, 0);
        foreach (string prefix in CountryPrefixes)
        {
            if (text.AsSpan(position).StartsWith(prefix, StringComparison.Ordinal))
            {
                return position + prefix.Length;
            }
        }

        return position;
    }

    private static NormalizedAddress Ambiguous(DivisionIndex index, List<Reading> readings, string rest)
    {
        List<NormalizedAddress> candidates = readings
            .OrderBy(r => Rank(r.Division))
            .ThenBy(r => r.Division.Code, StringComparer.Ordinal)
            .Select(r => NormalizedAddress.Resolved(r.Division, rest))
            .ToList();

        // What all candidates share is still worth knowing ("山西城区" is somewhere in 山西省).
        string common = candidates[0].Code!;
        foreach (NormalizedAddress candidate in candidates)
        {
            int shared = common.AsSpan().CommonPrefixLength(candidate.Code);
            common = common[..(shared / 2 * 2)];
        }

        Division? ancestor = null;
        while (common.Length > 0 && (!index.TryGetByCode(common, out ancestor) || ancestor.IsPseudoLevel))
        {
            ancestor = null;
            common = common[..^2];
        }

        return new NormalizedAddress(
            AddressStatus.Ambiguous,
            ancestor?.PresentedProvince,
            ancestor?.PresentedCity,
            ancestor?.PresentedDistrict,
            ancestor?.Code,
            rest,
            candidates);
    }

    private readonly record struct Reading(Division Division, int End);
}

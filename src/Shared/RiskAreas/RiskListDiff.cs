using System.Globalization;
using System.Text;

namespace CommunityNotices.RiskAreas;

/// <summary>What changed between two editions of a risk list, and the notice that announces it.</summary>
/// <remarks>
/// An area is identified by its division (code, or names when unresolved) and its area text compared
/// without whitespace, punctuation or width differences. Only medium and high areas are risk areas:
/// <list type="bullet">
/// <item><see cref="Added"/>: medium or high in the newer edition, absent or low in the older one (新增).</item>
/// <item><see cref="Removed"/>: medium or high in the older edition, absent from the newer one (解除).</item>
/// <item><see cref="LevelChanged"/>: in both at different levels otherwise: high ↔ medium (风险等级调整), or
/// medium/high → low (调整为低风险). Low areas appearing or disappearing are not changes.</item>
/// </list>
/// An area listed twice in one edition counts at its highest level.
/// </remarks>
public sealed class RiskListDiff
{
    private RiskListDiff(DateTimeOffset since, List<RiskAreaEntry> added, List<RiskAreaEntry> removed, List<RiskLevelChange> levelChanged)
    {
        Since = since;
        Added = added;
        Removed = removed;
        LevelChanged = levelChanged;
        AddedByDivision = Group(added, e => e);
        RemovedByDivision = Group(removed, e => e);
        LevelChangedByDivision = Group(levelChanged, c => c.Entry);
    }

    /// <summary>Publication time of the newer edition, from which the changes apply.</summary>
    public DateTimeOffset Since { get; }

    /// <summary>Areas that became medium or high risk, in the newer edition's order.</summary>
    public IReadOnlyList<RiskAreaEntry> Added { get; }

    /// <summary>Medium or high areas no longer listed, in the older edition's order.</summary>
    public IReadOnlyList<RiskAreaEntry> Removed { get; }

    /// <summary>Areas whose level changed, including medium/high areas now listed as low.</summary>
    public IReadOnlyList<RiskLevelChange> LevelChanged { get; }

    /// <summary><see cref="Added"/> grouped by province, city and district.</summary>
    public IReadOnlyList<RiskAreaGroup<RiskAreaEntry>> AddedByDivision { get; }

    /// <summary><see cref="Removed"/> grouped by province, city and district.</summary>
    public IReadOnlyList<RiskAreaGroup<RiskAreaEntry>> RemovedByDivision { get; }

    /// <summary><see cref="LevelChanged"/> grouped by province, city and district.</summary>
    public IReadOnlyList<RiskAreaGroup<RiskLevelChange>> LevelChangedByDivision { get; }

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && LevelChanged.Count == 0;

    /// <summary>Compares two editions; <paramref name="older"/> is normally the one published first.</summary>
    public static RiskListDiff Compute(ParsedRiskList older, ParsedRiskList newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        Dictionary<(string, string), RiskAreaEntry> before = ByIdentity(older.Entries);
        Dictionary<(string, string), RiskAreaEntry> after = ByIdentity(newer.Entries);

        var added = new List<RiskAreaEntry>();
        var levelChanged = new List<RiskLevelChange>();
        foreach (var identity in InListOrder(newer.Entries))
        {
            RiskAreaEntry entry = after[identity];
            RiskLevel? previous = before.TryGetValue(identity, out RiskAreaEntry? earlier) ? earlier.Level : null;
            bool wasRisk = previous > RiskLevel.Low;
            if (entry.Level > RiskLevel.Low && !wasRisk)
            {
                added.Add(entry);
            }
            else if (wasRisk && previous != entry.Level)
            {
                levelChanged.Add(new RiskLevelChange(entry, previous!.Value, entry.Level));
            }
        }

        var removed = InListOrder(older.Entries)
            .Where(identity => !after.ContainsKey(identity))
            .Select(identity => before[identity])
            .Where(entry => entry.Level > RiskLevel.Low)
            .ToList();
        return new RiskListDiff(newer.PublishedAt, added, removed, levelChanged);
    }

    /// <summary>
    /// The change as a ready-to-send zh-CN notice, one line per kind of change, e.g.
    /// "2021年8月18日19时起：" then "新增中风险地区：上海市松江区永丰街道仓丰路855号（有庐公寓）。".
    /// </summary>
    public string ToNoticeText()
    {
        var text = new StringBuilder();
        text.Append(FormatTime(Since)).Append("起：");
        if (IsEmpty)
        {
            return text.Append("中高风险地区无变化。").ToString();
        }

        AppendSection(text, "新增高风险地区", Added.Where(e => e.Level == RiskLevel.High).Select(e => (e, string.Empty)));
        AppendSection(text, "新增中风险地区", Added.Where(e => e.Level == RiskLevel.Medium).Select(e => (e, string.Empty)));
        AppendSection(
            text,
            "调整为低风险/解除",
            LevelChanged.Where(c => c.NewLevel == RiskLevel.Low).Select(c => (c.Entry, "（调整为低风险）"))
                .Concat(Removed.Select(e => (e, string.Empty))));
        AppendSection(
            text,
            "风险等级调整",
            LevelChanged.Where(c => c.NewLevel != RiskLevel.Low)
                .Select(c => (c.Entry, $"（由{LevelName(c.OldLevel)}调整为{LevelName(c.NewLevel)}）")));
        return text.ToString();
    }

    private static Dictionary<(string, string), RiskAreaEntry> ByIdentity(IEnumerable<RiskAreaEntry> entries)
    {
        var byIdentity = new Dictionary<(string, string), RiskAreaEntry>();
        foreach (RiskAreaEntry entry in entries)
        {
            var identity = Identity(entry);
            if (!byIdentity.TryGetValue(identity, out RiskAreaEntry? existing) || entry.Level > existing.Level)
            {
                byIdentity[identity] = entry;
            }
        }

        return byIdentity;
    }

    private static IEnumerable<(string, string)> InListOrder(IEnumerable<RiskAreaEntry> entries) =>
        entries.Select(Identity).Distinct();

    private static (string Division, string Area) Identity(RiskAreaEntry entry) =>
        (entry.DivisionCode ?? $"{entry.Province}\u001f{entry.City}\u001f{entry.District}", AreaKey.ForIdentity(entry.Area));

    private static List<RiskAreaGroup<T>> Group<T>(IEnumerable<T> items, Func<T, RiskAreaEntry> entryOf) =>
        items
            .GroupBy(item => (entryOf(item).Province, entryOf(item).City, entryOf(item).District))
            .Select(g => new RiskAreaGroup<T>(g.Key.Province, g.Key.City, g.Key.District, entryOf(g.First()).DivisionCode, g.ToList()))
            .OrderBy(g => g.DivisionCode is null ? 1 : 0)
            .ThenBy(g => g.DivisionCode, StringComparer.Ordinal)
            .ThenBy(g => g.Province, StringComparer.Ordinal)
            .ThenBy(g => g.City, StringComparer.Ordinal)
            .ThenBy(g => g.District, StringComparer.Ordinal)
            .ToList();

    private static void AppendSection(StringBuilder text, string title, IEnumerable<(RiskAreaEntry Entry, string Note)> items)
    {
        List<RiskAreaGroup<(RiskAreaEntry Entry, string Note)>> groups = Group(items, i => i.Entry);
        if (groups.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append('：');
        for (int g = 0; g < groups.Count; g++)
        {
            if (g > 0)
            {
                text.Append('；');
            }

            text.Append(groups[g].DivisionName);
            text.AppendJoin('、', groups[g].Items.Select(i => (i.Entry.Area ?? "全域") + i.Note));
        }

        text.Append('。');
    }

    private static string LevelName(RiskLevel level) => level switch
    {
        RiskLevel.High => "高风险",
        RiskLevel.Medium => "中风险",
        _ => "低风险",
    };

    private static string FormatTime(DateTimeOffset time)
    {
        DateTimeOffset local = time.ToOffset(ParsedRiskList.ChinaOffset);
        string text = string.Create(CultureInfo.InvariantCulture, $"{local.Year}年{local.Month}月{local.Day}日{local.Hour}时");
        return local.Minute == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}{local.Minute:00}分");
    }
}

namespace CommunityNotices.Bot.Admin;

/// <summary>Group tags as staff type them in a form: "residents, 5" or "residents，5号楼" (Chinese commas too).</summary>
public static class TagList
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\t', '\n', '\r'];

    /// <summary>At most 20 tags of 1–40 characters, as groups store them; anything beyond is dropped.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length <= 40).Distinct(StringComparer.Ordinal).Take(20).ToList();

    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);
}

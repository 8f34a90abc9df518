using CommunityNotices.Groups;

namespace CommunityNotices.Bot.Admin;

/// <summary>Group tags as staff type them in a form: "residents, 5" or "residents，5号楼" (Chinese commas too).</summary>
public static class TagList
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\t', '\n', '\r'];

    /// <summary>The tags as groups keep them (<see cref="Group.CleanTags"/>); anything beyond is dropped.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        Group.CleanTags((text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries)).ToList();

    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);
}

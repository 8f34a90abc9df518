using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommunityNotices.RiskAreas;

/// <summary>One edition of a risk list: when it was published and its areas.</summary>
public sealed class ParsedRiskList
{
    /// <summary>China Standard Time, in which lists are published.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Creates a list; <paramref name="publishedAt"/> is converted to +08:00.</summary>
    public ParsedRiskList(DateTimeOffset publishedAt, IEnumerable<RiskAreaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        PublishedAt = publishedAt.ToOffset(ChinaOffset);
        Entries = entries.ToArray();
        ContentHash = ComputeHash(PublishedAt, Entries);
    }

    /// <summary>Publication time in +08:00.</summary>
    public DateTimeOffset PublishedAt { get; }

    /// <summary>The areas, in the order the source listed them.</summary>
    public IReadOnlyList<RiskAreaEntry> Entries { get; }

    /// <summary>
    /// Lower-case hex SHA-256 of the publication time and the entries in a canonical order, ignoring entry
    /// order, duplicates, and whitespace or width differences in area text: the same content always hashes
    /// the same, so a re-fetched edition can be recognised.
    /// </summary>
    public string ContentHash { get; }

    private static string ComputeHash(DateTimeOffset publishedAt, IReadOnlyList<RiskAreaEntry> entries)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (RiskAreaEntry entry in entries)
        {
            lines.Add(string.Join(
                '\u001f',
                ((int)entry.Level).ToString(CultureInfo.InvariantCulture),
                entry.DivisionCode ?? string.Empty,
                entry.Province,
                entry.City,
                entry.District ?? string.Empty,
                AreaKey.ForIdentity(entry.Area)));
        }

        var canonical = new StringBuilder();
        canonical.Append(publishedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        foreach (string line in lines)
        {
            canonical.Append(line).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}

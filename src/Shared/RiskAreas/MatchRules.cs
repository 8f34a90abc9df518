using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// The matching semantics, shared by <see cref="RiskAreaMatcher"/> and <see cref="NaiveRiskAreaMatcher"/>
/// so that the two can only differ in how they find candidates.
/// </summary>
internal static class MatchRules
{
    /// <summary>Entries worth matching against: only medium and high areas are risk areas, and only resolved ones can be placed.</summary>
    public static IEnumerable<Candidate> Prepare(IEnumerable<RiskAreaEntry> entries) =>
        entries
            .Select((entry, index) => (entry, index))
            .Where(p => p.entry.Level > RiskLevel.Low && p.entry.DivisionCode is not null)
            .Select(p => new Candidate(p.entry, p.index, p.entry.Area is null ? null : AreaKey.ForMatching(p.entry.Area)));

    /// <summary>
    /// Whether the address is precise enough to speak of "its division": a city, a district, or a
    /// municipality. A bare non-municipal province ("河南") is too broad to report anything but an area match.
    /// </summary>
    public static bool HasLocalScope(NormalizedAddress origin) =>
        origin.Code is { Length: >= 4 } || (origin.Code is { Length: 2 } && origin.City is not null);

    /// <summary>
    /// How well an entry matches the address as an area, or -1 when it does not. <paramref name="enclosing"/>
    /// says whether the entry's division is the address's or encloses it; otherwise it lies inside the
    /// address's division (a city-level address), where only a matching area text places the address in it.
    /// </summary>
    public static int AreaQuality(Candidate candidate, string originKey, bool enclosing)
    {
        if (candidate.AreaKey is null)
        {
            return enclosing ? 0 : -1;
        }

        if (!AreaKey.Matches(originKey, candidate.AreaKey))
        {
            return -1;
        }

        return originKey == candidate.AreaKey ? 3 : originKey.Contains(candidate.AreaKey, StringComparison.Ordinal) ? 2 : 1;
    }

    /// <summary>Whether <paramref name="a"/> is a better area match than <paramref name="b"/>: higher risk, then closer text, then more specific, then listed first.</summary>
    public static bool IsBetter(Candidate a, int qualityA, Candidate b, int qualityB)
    {
        if (a.Entry.Level != b.Entry.Level)
        {
            return a.Entry.Level > b.Entry.Level;
        }

        if (qualityA != qualityB)
        {
            return qualityA > qualityB;
        }

        int lengthA = a.AreaKey?.Length ?? 0;
        int lengthB = b.AreaKey?.Length ?? 0;
        return lengthA != lengthB ? lengthA > lengthB : a.Index < b.Index;
    }

    /// <summary>An entry with what matching needs precomputed.</summary>
    public sealed record Candidate(RiskAreaEntry Entry, int Index, string? AreaKey)
    {
        public string Code => Entry.DivisionCode!;
    }
}

using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// Reference implementation of <see cref="RiskAreaMatcher"/>'s rules by a linear scan of every entry:
/// the baseline for benchmarks and for checking the indexed matcher.
/// </summary>
public sealed class NaiveRiskAreaMatcher : IRiskAreaMatcher
{
    private readonly MatchRules.Candidate[] _candidates;

    /// <summary>Keeps the medium and high entries of <paramref name="entries"/>.</summary>
    public NaiveRiskAreaMatcher(IEnumerable<RiskAreaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _candidates = MatchRules.Prepare(entries).ToArray();
    }

    /// <inheritdoc/>
    public RiskMatch Match(NormalizedAddress origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.Status == AddressStatus.Ambiguous)
        {
            return RiskMatch.Ambiguous;
        }

        if (origin.Status != AddressStatus.Resolved || origin.Code is null)
        {
            return RiskMatch.None;
        }

        string code = origin.Code;
        string originKey = AreaKey.ForMatching(origin.Rest);
        bool local = MatchRules.HasLocalScope(origin);
        MatchRules.Candidate? best = null;
        int bestQuality = -1;
        RiskLevel? highestWithin = null;
        foreach (MatchRules.Candidate candidate in _candidates)
        {
            bool enclosing = code.StartsWith(candidate.Code, StringComparison.Ordinal);
            bool inside = candidate.Code.Length > code.Length && candidate.Code.StartsWith(code, StringComparison.Ordinal);
            if (local && (inside || candidate.Code == code) && (highestWithin is null || candidate.Entry.Level > highestWithin))
            {
                highestWithin = candidate.Entry.Level;
            }

            if (!enclosing && !(inside && local))
            {
                continue;
            }

            int quality = MatchRules.AreaQuality(candidate, originKey, enclosing);
            if (quality >= 0 && (best is null || MatchRules.IsBetter(candidate, quality, best, bestQuality)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        if (best is not null)
        {
            return new RiskMatch(RiskMatchKind.Area, best.Entry.Level, best.Entry);
        }

        return highestWithin is { } level ? new RiskMatch(RiskMatchKind.District, level, null) : RiskMatch.None;
    }
}

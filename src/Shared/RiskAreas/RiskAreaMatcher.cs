using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// Answers "is this address in a risk area?" against one list, in microseconds: entries are indexed by
/// division code once, so a match looks at the address's own division, those enclosing it and, for a
/// city-level address, the areas inside it. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="RiskMatchKind.Area"/>: an entry in the address's division (or an enclosing one) covers it
/// whole, or its area text and the address's <see cref="NormalizedAddress.Rest"/> match after folding and
/// dropping administrative words (街道, 镇, 乡, 社区, 村, 小区, 居委会…), one containing the other
/// ("赵全营镇兴农路1号" is in "赵全营镇"). For an address that stops at a city, areas anywhere in that city
/// are matched by text. The highest level wins.</item>
/// <item><see cref="RiskMatchKind.District"/>: no area matched but the address's division (district, city or
/// municipality) has medium or high entries; the level is the highest among them.</item>
/// <item><see cref="RiskMatchKind.Ambiguous"/> for an ambiguous address, <see cref="RiskMatchKind.None"/> otherwise.</item>
/// </list>
/// Low entries never match: published low lists name "the rest of" an area, not a risk. Containment errs
/// towards warning: a short listed name found inside a longer address counts as a match.
/// </remarks>
public sealed class RiskAreaMatcher : IRiskAreaMatcher
{
    private readonly Dictionary<string, MatchRules.Candidate[]> _atCode;
    private readonly Dictionary<string, MatchRules.Candidate[]> _insideCode;
    private readonly Dictionary<string, RiskLevel> _highestWithin;

    /// <summary>Indexes the medium and high entries of <paramref name="entries"/>.</summary>
    public RiskAreaMatcher(IEnumerable<RiskAreaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var atCode = new Dictionary<string, List<MatchRules.Candidate>>(StringComparer.Ordinal);
        var insideCode = new Dictionary<string, List<MatchRules.Candidate>>(StringComparer.Ordinal);
        _highestWithin = new Dictionary<string, RiskLevel>(StringComparer.Ordinal);
        foreach (MatchRules.Candidate candidate in MatchRules.Prepare(entries))
        {
            string code = candidate.Code;
            Add(atCode, code, candidate);
            RaiseHighest(code, candidate.Entry.Level);
            for (int length = 2; length < code.Length; length += 2)
            {
                Add(insideCode, code[..length], candidate);
                RaiseHighest(code[..length], candidate.Entry.Level);
            }
        }

        _atCode = atCode.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _insideCode = insideCode.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
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

        for (int length = code.Length; length >= 2; length -= 2)
        {
            if (_atCode.TryGetValue(code[..length], out MatchRules.Candidate[]? enclosing))
            {
                Consider(enclosing, originKey, isEnclosing: true, ref best, ref bestQuality);
            }
        }

        if (local && _insideCode.TryGetValue(code, out MatchRules.Candidate[]? inside))
        {
            Consider(inside, originKey, isEnclosing: false, ref best, ref bestQuality);
        }

        if (best is not null)
        {
            return new RiskMatch(RiskMatchKind.Area, best.Entry.Level, best.Entry);
        }

        return local && _highestWithin.TryGetValue(code, out RiskLevel level)
            ? new RiskMatch(RiskMatchKind.District, level, null)
            : RiskMatch.None;
    }

    private static void Consider(MatchRules.Candidate[] candidates, string originKey, bool isEnclosing, ref MatchRules.Candidate? best, ref int bestQuality)
    {
        foreach (MatchRules.Candidate candidate in candidates)
        {
            int quality = MatchRules.AreaQuality(candidate, originKey, isEnclosing);
            if (quality >= 0 && (best is null || MatchRules.IsBetter(candidate, quality, best, bestQuality)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
    }

    private static void Add(Dictionary<string, List<MatchRules.Candidate>> index, string code, MatchRules.Candidate candidate)
    {
        if (!index.TryGetValue(code, out List<MatchRules.Candidate>? list))
        {
            list = [];
            index.Add(code, list);
        }

        list.Add(candidate);
    }

    private void RaiseHighest(string code, RiskLevel level)
    {
        if (!_highestWithin.TryGetValue(code, out RiskLevel current) || level > current)
        {
            _highestWithin[code] = level;
        }
    }
}

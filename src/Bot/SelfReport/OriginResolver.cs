using CommunityNotices.Divisions;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>The conversation's view of the address normaliser: a resolved place, candidates to choose from, or nothing.</summary>
public sealed class OriginResolver : IOriginResolver
{
    public OriginResolution Resolve(string text)
    {
        var address = AddressNormalizer.Normalize(text);
        return address.Status switch
        {
            AddressStatus.Resolved => new OriginResolution(OriginStatus.Resolved, address.Province, address.City, address.District,
                Area(address), address.Code, []),
            AddressStatus.Ambiguous => new OriginResolution(OriginStatus.Ambiguous, null, null, null, null, null,
                address.Candidates.Select(c => new OriginCandidate(c.DivisionName + c.Rest, c.Province, c.City, c.District, Area(c), c.Code)).ToList()),
            _ => new OriginResolution(OriginStatus.Unknown, null, null, null, null, null, []),
        };
    }

    private static string? Area(NormalizedAddress address) => address.Rest.Length == 0 ? null : address.Rest;
}

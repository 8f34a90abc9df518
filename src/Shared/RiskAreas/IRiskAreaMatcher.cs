using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>Tells whether a resident's address is in, or near, a medium or high risk area.</summary>
public interface IRiskAreaMatcher
{
    /// <summary>Matches a normalised address; see <see cref="RiskAreaMatcher"/> for the rules.</summary>
    RiskMatch Match(NormalizedAddress origin);
}

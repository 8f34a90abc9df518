namespace CommunityNotices.RiskAreas;

/// <summary>A stored list version with its entries and a ready matcher; immutable, so cached by id.</summary>
public sealed record LoadedRiskList(Guid Id, string Source, DateTimeOffset ImportedAt, ParsedRiskList List, RiskAreaMatcher Matcher)
{
    public DateTimeOffset PublishedAt => List.PublishedAt;
}

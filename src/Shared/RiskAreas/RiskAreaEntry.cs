namespace CommunityNotices.RiskAreas;

/// <summary>One area of a published risk list, resolved against the division table.</summary>
/// <param name="Level">Risk level of the area.</param>
/// <param name="Province">Official province name (or the list's text when it could not be resolved).</param>
/// <param name="City">Official city name; a municipality's own name for its districts (see <see cref="Divisions.NormalizedAddress"/>).</param>
/// <param name="District">Official county-level name; <see langword="null"/> when the list named no county-level division the table knows.</param>
/// <param name="DivisionCode">Code of the most specific division resolved; <see langword="null"/> when even the province was not recognised.</param>
/// <param name="Area">The area inside the division as published ("赵全营镇", "经济技术开发区文汇街道"); <see langword="null"/> for the whole division.</param>
public sealed record RiskAreaEntry(
    RiskLevel Level,
    string Province,
    string City,
    string? District,
    string? DivisionCode,
    string? Area)
{
    /// <summary>The division part as one would write it, without repeating a municipality: "北京市房山区".</summary>
    public string DivisionName => Divisions.NormalizedAddress.JoinDivisionName(Province, City, District);

    /// <summary>Division and area as one line of a notice: "北京市房山区阎村镇乐活家园社区".</summary>
    public string DisplayName => DivisionName + Area;
}

namespace CommunityNotices.RiskAreas;

/// <summary>Items of a diff that share a province, city and district, for presenting them together.</summary>
/// <typeparam name="T"><see cref="RiskAreaEntry"/> or <see cref="RiskLevelChange"/>.</typeparam>
/// <param name="Province">Province name.</param>
/// <param name="City">City name (a municipality's own name for its districts).</param>
/// <param name="District">District name, or <see langword="null"/> for areas placed directly under the city.</param>
/// <param name="DivisionCode">Code of the group's division, when resolved.</param>
/// <param name="Items">The group's items in list order.</param>
public sealed record RiskAreaGroup<T>(string Province, string City, string? District, string? DivisionCode, IReadOnlyList<T> Items)
{
    /// <summary>The division as one would write it: "北京市房山区".</summary>
    public string DivisionName => Divisions.NormalizedAddress.JoinDivisionName(Province, City, District);
}

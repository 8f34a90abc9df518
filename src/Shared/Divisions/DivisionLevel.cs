namespace CommunityNotices.Divisions;

/// <summary>Administrative level of a <see cref="Division"/>, from its code length (2, 4 or 6 digits).</summary>
public enum DivisionLevel
{
    /// <summary>Province, autonomous region or municipality (2-digit code).</summary>
    Province,

    /// <summary>Prefecture-level city, autonomous prefecture, league or pseudo-level such as 市辖区 (4-digit code).</summary>
    City,

    /// <summary>County-level unit: district, county, county-level city, banner (6-digit code).</summary>
    District,
}

namespace CommunityNotices.RiskAreas;

/// <summary>How an address relates to a risk list.</summary>
public enum RiskMatchKind
{
    /// <summary>No medium or high risk area in the address's division.</summary>
    None,

    /// <summary>The address is in a listed area (or in a division listed as a whole).</summary>
    Area,

    /// <summary>The address's division has medium or high risk areas, but the address matched none of them.</summary>
    District,

    /// <summary>The address names several possible divisions; ask which one before answering.</summary>
    Ambiguous,
}

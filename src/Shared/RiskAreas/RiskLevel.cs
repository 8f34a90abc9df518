namespace CommunityNotices.RiskAreas;

/// <summary>Epidemic risk level of an area. Ordered so that a higher value is a higher risk.</summary>
public enum RiskLevel
{
    /// <summary>Low risk: in published lists, "the rest of" an area that also has medium or high risk parts; not a risk area.</summary>
    Low = 1,

    /// <summary>Medium risk.</summary>
    Medium = 2,

    /// <summary>High risk.</summary>
    High = 3,
}

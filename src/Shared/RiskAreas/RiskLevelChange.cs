namespace CommunityNotices.RiskAreas;

/// <summary>An area listed in both editions at different levels.</summary>
/// <param name="Entry">The area as the newer edition lists it.</param>
/// <param name="OldLevel">Level in the older edition.</param>
/// <param name="NewLevel">Level in the newer edition.</param>
public sealed record RiskLevelChange(RiskAreaEntry Entry, RiskLevel OldLevel, RiskLevel NewLevel);

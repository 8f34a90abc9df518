namespace CommunityNotices.RiskAreas;

/// <summary>Result of matching an address against a risk list.</summary>
/// <param name="Kind">How the address relates to the list.</param>
/// <param name="Level">The matched area's level for <see cref="RiskMatchKind.Area"/>; the highest level in the division for <see cref="RiskMatchKind.District"/>; otherwise <see langword="null"/>.</param>
/// <param name="Entry">The matched area for <see cref="RiskMatchKind.Area"/>; otherwise <see langword="null"/>.</param>
public sealed record RiskMatch(RiskMatchKind Kind, RiskLevel? Level, RiskAreaEntry? Entry)
{
    /// <summary>No risk area concerns the address.</summary>
    public static RiskMatch None { get; } = new(RiskMatchKind.None, null, null);

    /// <summary>The address was ambiguous.</summary>
    public static RiskMatch Ambiguous { get; } = new(RiskMatchKind.Ambiguous, null, null);
}

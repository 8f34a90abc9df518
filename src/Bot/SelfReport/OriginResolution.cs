namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Result of <see cref="IOriginResolver.Resolve"/>. The area fields are read when <see cref="Status"/> is
/// <see cref="OriginStatus.Resolved"/>; <see cref="Candidates"/> when it is <see cref="OriginStatus.Ambiguous"/>.
/// </summary>
public sealed record OriginResolution(
    OriginStatus Status,
    string? Province,
    string? City,
    string? District,
    string? Area,
    string? Code,
    IReadOnlyList<OriginCandidate> Candidates);

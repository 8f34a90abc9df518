namespace CommunityNotices.Bot.SelfReport;

/// <summary>One of several places an ambiguous origin answer could mean; <see cref="Label"/> is shown as a button.</summary>
public sealed record OriginCandidate(string Label, string? Province, string? City, string? District, string? Area, string? Code);

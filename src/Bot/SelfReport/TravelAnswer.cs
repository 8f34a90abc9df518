namespace CommunityNotices.Bot.SelfReport;

/// <summary>How the resident travelled: a <see cref="TravelModes"/> value and, when given, the train/flight number or car plate.</summary>
public sealed record TravelAnswer(string Mode, string? Number);

namespace CommunityNotices.Bot.SelfReport;

/// <summary>Everything a completed conversation collected, in plain values.</summary>
public sealed record ReportSubmission(
    Guid CommunityId, string Name, string Phone, string Building, string? Unit, string? Room,
    string? OriginProvince, string? OriginCity, string? OriginDistrict, string? OriginArea, string? OriginCode,
    DateOnly DepartureDate, DateOnly ArrivalDate, string? TravelMode, string? TravelNumber, bool Symptoms,
    string ConsentVersion, DateTimeOffset ConsentAt, string Language, string? ConversationReference);

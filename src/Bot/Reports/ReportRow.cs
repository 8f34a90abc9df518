using CommunityNotices.Privacy;
using CommunityNotices.Reports;

namespace CommunityNotices.Bot.Reports;

/// <summary>One line of the ledger (台账); name and phone are masked unless the caller may and asked to see them.</summary>
public sealed record ReportRow(
    Guid Id, Guid CommunityId, string Name, string Phone, string Building, string? Unit, string? Room,
    ReportOrigin Origin, DateOnly DepartureDate, DateOnly ArrivalDate, ReportTravel Travel, bool Symptoms,
    string Match, string? Level, string? Instructions, DateOnly? Until, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ReportRow From(ReturneeReport r, bool unmasked)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReportRow(r.Id, r.CommunityId,
            unmasked ? r.Name : PersonalDataMask.Name(r.Name),
            unmasked ? r.Phone : PersonalDataMask.Phone(r.Phone),
            r.Building, r.Unit, unmasked ? r.Room : r.Room is null ? null : "***",
            new ReportOrigin(r.OriginProvince, r.OriginCity, r.OriginDistrict, r.OriginArea, r.OriginCode),
            r.DepartureDate, r.ArrivalDate, new ReportTravel(r.TravelMode, r.TravelNumber), r.Symptoms,
            r.Match, r.Level?.ToString().ToLowerInvariant(), r.Instructions, r.Until, r.Status, r.CreatedAt, r.UpdatedAt);
    }
}

public sealed record ReportOrigin(string? Province, string? City, string? District, string? Area, string? Code);

public sealed record ReportTravel(string? Mode, string? Number);

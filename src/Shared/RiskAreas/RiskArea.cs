namespace CommunityNotices.RiskAreas;

/// <summary>One stored entry of a risk-area list; no <see cref="Area"/> means the whole district.</summary>
public sealed class RiskArea
{
    public long Id { get; set; }
    public Guid ListId { get; set; }
    public RiskLevel Level { get; set; }
    public string Province { get; set; } = "";
    public string City { get; set; } = "";
    public string? District { get; set; }
    public string? DivisionCode { get; set; }
    public string? Area { get; set; }

    public static RiskArea From(Guid listId, RiskAreaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new RiskArea
        {
            ListId = listId, Level = entry.Level, Province = entry.Province, City = entry.City,
            District = entry.District, DivisionCode = entry.DivisionCode, Area = entry.Area,
        };
    }

    public RiskAreaEntry ToEntry() => new(Level, Province, City, District, DivisionCode, Area);
}

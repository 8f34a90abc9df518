namespace CommunityNotices.RiskAreas;

/// <summary>One entry of a risk-area list; no <see cref="Area"/> means the whole district.</summary>
public sealed class RiskArea
{
    public long Id { get; set; }
    public Guid ListId { get; set; }
    public string Level { get; set; } = "";
    public string Province { get; set; } = "";
    public string? City { get; set; }
    public string? District { get; set; }
    public string? DivisionCode { get; set; }
    public string? Area { get; set; }
}

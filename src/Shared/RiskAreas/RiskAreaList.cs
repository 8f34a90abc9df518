namespace CommunityNotices.RiskAreas;

/// <summary>One published version of the official risk-area list.</summary>
public sealed class RiskAreaList
{
    private RiskAreaList() { }

    public RiskAreaList(ParsedRiskList parsed, string source, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        Id = Guid.CreateVersion7();
        PublishedAt = parsed.PublishedAt.ToUniversalTime();
        Source = source;
        ContentHash = parsed.ContentHash;
        ImportedAt = importedAt.ToUniversalTime();
        HighCount = parsed.Entries.Count(e => e.Level == RiskLevel.High);
        MediumCount = parsed.Entries.Count(e => e.Level == RiskLevel.Medium);
        LowCount = parsed.Entries.Count(e => e.Level == RiskLevel.Low);
        Areas = parsed.Entries.Select(e => RiskArea.From(Id, e)).ToList();
    }

    public Guid Id { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string Source { get; private set; } = "";
    /// <summary>Hash of the canonical content: importing the same list twice makes no second version.</summary>
    public string ContentHash { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }
    public int HighCount { get; private set; }
    public int MediumCount { get; private set; }
    public int LowCount { get; private set; }
    public List<RiskArea> Areas { get; private set; } = [];
}

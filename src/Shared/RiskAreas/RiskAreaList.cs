namespace CommunityNotices.RiskAreas;

/// <summary>One published version of the official risk-area list.</summary>
public sealed class RiskAreaList
{
    private RiskAreaList() { }

    public RiskAreaList(DateTimeOffset publishedAt, string source, string contentHash, DateTimeOffset importedAt)
    {
        Id = Guid.CreateVersion7();
        PublishedAt = publishedAt.ToUniversalTime();
        Source = source;
        ContentHash = contentHash;
        ImportedAt = importedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string Source { get; private set; } = "";
    /// <summary>Hash of the canonical content: importing the same list twice makes no second version.</summary>
    public string ContentHash { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }
    public List<RiskArea> Areas { get; private set; } = [];
}

namespace CommunityNotices.Reports;

/// <summary>A resident's self-report on coming back from a medium/high-risk area (返乡报备).</summary>
public sealed class ReturneeReport
{
    private ReturneeReport() { }

    public ReturneeReport(Guid communityId, string name, string phone, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CommunityId = communityId;
        Name = name;
        Phone = phone;
        CreatedAt = now.ToUniversalTime();
        UpdatedAt = CreatedAt;
    }

    public Guid Id { get; private set; }
    public Guid CommunityId { get; private set; }
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Building { get; set; } = "";
    public string? Unit { get; set; }
    public string? Room { get; set; }
    public string? OriginProvince { get; set; }
    public string? OriginCity { get; set; }
    public string? OriginDistrict { get; set; }
    public string? OriginArea { get; set; }
    public string? OriginCode { get; set; }
    public DateOnly DepartureDate { get; set; }
    public DateOnly ArrivalDate { get; set; }
    /// <summary>train, flight, car, bus or other.</summary>
    public string? TravelMode { get; set; }
    /// <summary>Train or flight number, e.g. G1234, CA1234.</summary>
    public string? TravelNumber { get; set; }
    /// <summary>Fever or other symptoms in the last 14 days: the report is flagged for the staff.</summary>
    public bool Symptoms { get; set; }
    /// <summary>"zh-CN" or "en": the language the resident used, for later messages.</summary>
    public string Language { get; set; } = "zh-CN";
    /// <summary>"area", "district" or "none" (see <see cref="RiskAreas.RiskMatchKind"/>).</summary>
    public string Match { get; set; } = "none";
    public RiskAreas.RiskLevel? Level { get; set; }
    public string? Instructions { get; set; }
    public DateOnly? Until { get; set; }
    public string Status { get; set; } = ReportStatus.Active;
    public string? ConsentVersion { get; set; }
    public DateTimeOffset? ConsentAt { get; set; }
    /// <summary>The Bot Framework conversation reference (JSON) used to reach the resident proactively.</summary>
    public string? ConversationReference { get; set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace CommunityNotices.RiskAreas;

/// <summary>
/// A stored report whose risk result changed when a new list version was imported; kept so the self-report and
/// broadcast features can tell the resident and the staff.
/// </summary>
public sealed class ReportReevaluation
{
    private ReportReevaluation() { }

    public ReportReevaluation(Guid reportId, Guid communityId, Guid listId, string oldMatch, RiskLevel? oldLevel, string newMatch, RiskLevel? newLevel, DateTimeOffset now)
    {
        ReportId = reportId;
        CommunityId = communityId;
        ListId = listId;
        OldMatch = oldMatch;
        OldLevel = oldLevel;
        NewMatch = newMatch;
        NewLevel = newLevel;
        At = now.ToUniversalTime();
    }

    public long Id { get; private set; }
    public Guid ReportId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid ListId { get; private set; }
    public string OldMatch { get; private set; } = "";
    public RiskLevel? OldLevel { get; private set; }
    public string NewMatch { get; private set; } = "";
    public RiskLevel? NewLevel { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>When the resident and staff were told; null until the notification pipeline has done it.</summary>
    public DateTimeOffset? NotifiedAt { get; set; }
}

namespace CommunityNotices.Reports;

/// <summary>Where a report is in its life.</summary>
public static class ReportStatus
{
    /// <summary>Submitted; the resident may be under isolation or monitoring.</summary>
    public const string Active = "active";
    /// <summary>The isolation or monitoring period has ended.</summary>
    public const string Completed = "completed";
}

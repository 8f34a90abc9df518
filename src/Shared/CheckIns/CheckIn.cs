namespace CommunityNotices.CheckIns;

/// <summary>
/// One day's health check-in (每日健康打卡) of a resident under isolation or monitoring: asked, maybe reminded,
/// answered (temperature, symptoms) or reported missing to the staff. (ReportId, Day) is unique.
/// </summary>
public sealed class CheckIn
{
    public long Id { get; set; }
    public Guid ReportId { get; set; }
    public Guid CommunityId { get; set; }
    public DateOnly Day { get; set; }
    /// <summary>The conversation the question went to, so a reply there finds this check-in.</summary>
    public string? ConversationId { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public decimal? Temperature { get; set; }
    public bool? Symptoms { get; set; }
    public string? SymptomWords { get; set; }
    /// <summary>Fever (≥37.3 °C) or symptoms: the staff group was alerted.</summary>
    public bool Alert { get; set; }
    public DateTimeOffset? ReportedMissingAt { get; set; }
}

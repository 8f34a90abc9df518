namespace CommunityNotices.Schedules;

/// <summary>A recurring reminder: Quartz decides when it fires, the broadcast pipeline sends it.</summary>
public sealed class Schedule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public Guid CommunityId { get; set; }
    public string Cron { get; set; } = "";
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public string? Calendar { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Targets { get; set; } = "{}";
    public DateTimeOffset? StartAt { get; set; }
    public DateTimeOffset? EndAt { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

namespace CommunityNotices.Schedules;

/// <summary>
/// One fire time of a schedule. (ScheduleId, FireTime) is unique: whatever the number of Notifier processes, a fire
/// time makes at most one broadcast.
/// </summary>
public sealed class ScheduleRun
{
    public long Id { get; set; }
    public Guid ScheduleId { get; set; }
    public DateTimeOffset FireTime { get; set; }
    /// <summary>pending → sent; or missed (too late to send), skipped (not a working day).</summary>
    public string Status { get; set; } = ScheduleRunStatus.Pending;
    public Guid? BroadcastId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

namespace CommunityNotices.Schedules;

public static class ScheduleRunStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Missed = "missed";
    public const string Skipped = "skipped";
}

namespace CommunityNotices.Notifier.Hosting;

/// <summary>Hangfire queues, in priority order: resident-facing work first, bulk broadcasts after.</summary>
public static class NotifierQueues
{
    public const string Urgent = "urgent";
    public const string Deliveries = "deliveries";
    public const string Default = "default";

    public static readonly string[] All = [Urgent, Deliveries, Default];
}

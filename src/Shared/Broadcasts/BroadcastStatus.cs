namespace CommunityNotices.Broadcasts;

/// <summary>Draft → scheduled/sending → sent; cancelled from any of the first three.</summary>
public static class BroadcastStatus
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Cancelled = "cancelled";
}

namespace CommunityNotices.Broadcasts;

/// <summary>pending → delivered | retrying → … → delivered | failed; cancelled with its broadcast.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Retrying = "retrying";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

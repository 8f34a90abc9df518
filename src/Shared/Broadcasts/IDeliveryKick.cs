namespace CommunityNotices.Broadcasts;

/// <summary>Wakes the delivery workers: called after deliveries are written (now, or at their send time).</summary>
public interface IDeliveryKick
{
    void Kick(DateTimeOffset? at = null);
}

namespace CommunityNotices.Reports;

/// <summary>
/// Tells a community's staff group (a Group tagged "staff") something. Callers pass text that is already safe for a
/// group: masked identity, building, result; never a full name, phone or room.
/// </summary>
public interface IStaffNotifier
{
    Task NotifyAsync(Guid communityId, string title, string text, CancellationToken ct);
}

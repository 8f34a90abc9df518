namespace CommunityNotices.Broadcasts;

/// <summary>
/// Who receives a broadcast: every active group of <see cref="CommunityIds"/> (only those carrying one of
/// <see cref="Tags"/>, when tags are given), plus the groups named in <see cref="GroupIds"/>.
/// </summary>
public sealed record BroadcastTargets(IReadOnlyList<Guid> CommunityIds, IReadOnlyList<Guid> GroupIds, IReadOnlyList<string> Tags);

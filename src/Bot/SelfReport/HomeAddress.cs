namespace CommunityNotices.Bot.SelfReport;

/// <summary>A flat inside the community. <see cref="Unit"/> is null for buildings without units.</summary>
public sealed record HomeAddress(string Building, string? Unit, string Room);

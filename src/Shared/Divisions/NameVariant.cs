namespace CommunityNotices.Divisions;

/// <summary>A spelling under which a division can be found: its official name or its short name.</summary>
internal readonly record struct NameVariant(Division Division, bool IsShort);

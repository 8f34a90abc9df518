namespace CommunityNotices.Channels;

/// <summary>One notice (or one part of a split notice) as the delivery pipeline hands it to a channel.</summary>
/// <param name="Title">Shown as the message heading; may be empty.</param>
/// <param name="Markdown">CommonMark body; each channel converts it to what its vendor renders.</param>
/// <param name="MentionMobiles">Mainland mobile numbers to @-mention where the vendor supports it.</param>
public sealed record OutgoingMessage(string Title, string Markdown, IReadOnlyList<string>? MentionMobiles = null);

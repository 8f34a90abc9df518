namespace CommunityNotices.Bot.Posters;

/// <summary>What one community's printable poster shows.</summary>
/// <param name="CommunityName">Title, e.g. "幸福里社区".</param>
/// <param name="ChatUrl">Encoded in the QR code and printed under it.</param>
/// <param name="Instructions">Numbered lines under the QR code.</param>
/// <param name="Footer">Optional small line at the bottom of the page.</param>
public sealed record PosterContent(
    string CommunityName,
    string ChatUrl,
    IReadOnlyList<string> Instructions,
    string? Footer = null);

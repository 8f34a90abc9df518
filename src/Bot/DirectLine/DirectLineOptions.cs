using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>The <c>DirectLine</c> section: our Direct Line 3.0-compatible endpoint for the web chat.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>How long a token is valid; Direct Line clients refresh it halfway (the public service uses 30 minutes).</summary>
    [Range(typeof(TimeSpan), "00:02:00", "1.00:00:00", ErrorMessage = "DirectLine:TokenLifetime must be between 00:02:00 and 1.00:00:00.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long after expiry a token may still be refreshed, so a resident who reopens the page the same day resumes the
    /// same conversation. Zero allows only refreshes of tokens still valid, as the public service does.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "DirectLine:ResumeWindow must be between 00:00:00 and 7.00:00:00.")]
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>New conversations (tokens/generate) one client address may start per minute.</summary>
    [Range(1, 10_000, ErrorMessage = "DirectLine:ConversationsPerMinute must be between 1 and 10000.")]
    public int ConversationsPerMinute { get; set; } = 20;

    /// <summary>
    /// How often an open stream reads its transcript anyway. Appends wake streams at once (in this process directly,
    /// from others by PostgreSQL NOTIFY); this read only covers a notification lost while the listener reconnected.
    /// </summary>
    [Range(1, 600, ErrorMessage = "DirectLine:StreamPollSeconds must be between 1 and 600.")]
    public int StreamPollSeconds { get; set; } = 10;

    /// <summary>The longest text a resident may send in one message.</summary>
    [Range(100, 100_000, ErrorMessage = "DirectLine:MaxTextLength must be between 100 and 100000.")]
    public int MaxTextLength { get; set; } = 2000;
}

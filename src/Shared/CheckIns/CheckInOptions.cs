using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.CheckIns;

/// <summary>The <c>CheckIns</c> section.</summary>
public sealed class CheckInOptions
{
    public const string Section = "CheckIns";

    /// <summary>No reply within this → one reminder; still none after another window → the staff get the missing list.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "CheckIns:ReplyWindow must be between 1 minute and 1 day (hh:mm:ss).")]
    public TimeSpan ReplyWindow { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How often the check-in cycle runs.</summary>
    [Range(1, 3600, ErrorMessage = "CheckIns:TickSeconds must be between 1 and 3600.")]
    public int TickSeconds { get; set; } = 60;
}

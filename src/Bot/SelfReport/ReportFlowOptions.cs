using CommunityNotices.Hosting;

namespace CommunityNotices.Bot.SelfReport;

public sealed class ReportFlowOptions
{
    /// <summary>Days a submitted report is kept; told to the resident in the consent text.</summary>
    public int RetentionDays { get; set; } = 28;

    /// <summary>Version of the consent text, stored with each consent as evidence of what was agreed to.</summary>
    public string ConsentVersion { get; set; } = "2026-11";

    /// <summary>A draft untouched for longer than this expires and must be started again.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Offered when the draft has no community hotline yet (12345 is the citizen service line).</summary>
    public string FallbackHotline { get; set; } = "12345";

    /// <summary>Zone in which "today" is computed for date answers.</summary>
    public TimeZoneInfo TimeZone { get; set; } = ChinaTime.Zone;

    /// <summary>How many days back the arrival date may lie.</summary>
    public int ArrivalWindowDays { get; set; } = 30;

    /// <summary>Consecutive invalid answers at one step after which the hotline is offered.</summary>
    public int InvalidAnswersBeforeHotline { get; set; } = 3;

    internal void Validate()
    {
        if (RetentionDays <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RetentionDays), RetentionDays, "Must be positive.");
        }

        if (string.IsNullOrWhiteSpace(ConsentVersion))
        {
            throw new ArgumentException("Must not be empty.", nameof(ConsentVersion));
        }

        if (IdleTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(IdleTimeout), IdleTimeout, "Must be positive.");
        }

        if (string.IsNullOrWhiteSpace(FallbackHotline))
        {
            throw new ArgumentException("Must not be empty.", nameof(FallbackHotline));
        }

        if (TimeZone is null)
        {
            throw new ArgumentNullException(nameof(TimeZone));
        }

        if (ArrivalWindowDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ArrivalWindowDays), ArrivalWindowDays, "Must not be negative.");
        }

        if (InvalidAnswersBeforeHotline <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(InvalidAnswersBeforeHotline), InvalidAnswersBeforeHotline, "Must be positive.");
        }
    }
}

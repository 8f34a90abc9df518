namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// The whole state of one report in progress. Deliberately a plain mutable object with public
/// getters and setters only, so the chat layer can persist it with Newtonsoft.Json or
/// System.Text.Json between turns; all behaviour lives in <see cref="ReportFlow"/>.
/// </summary>
public sealed class ReportDraft
{
    public ReportStep Step { get; set; }

    public ReportLanguage Language { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>Consecutive invalid answers at the current step; reset whenever the step changes.</summary>
    public int InvalidAnswers { get; set; }

    /// <summary>Steps already answered, most recent last, so "back" can return to them.</summary>
    public List<ReportStep> History { get; set; } = [];

    /// <summary>True while one field is being changed from the summary, so a valid answer returns there.</summary>
    public bool ReturnToSummary { get; set; }

    public Guid? CommunityId { get; set; }

    public string? CommunityName { get; set; }

    /// <summary>True when the chat is already tied to a community, so the community question is skipped.</summary>
    public bool CommunityBound { get; set; }

    public string? CommunityHotline { get; set; }

    public string? Name { get; set; }

    /// <summary>Always the normalised 11-digit mainland mobile number.</summary>
    public string? Phone { get; set; }

    public string? Building { get; set; }

    /// <summary>Null for buildings without units ("5栋201").</summary>
    public string? Unit { get; set; }

    public string? Room { get; set; }

    /// <summary>The origin as the resident typed it (cleaned and shortened).</summary>
    public string? OriginText { get; set; }

    public string? OriginProvince { get; set; }

    public string? OriginCity { get; set; }

    public string? OriginDistrict { get; set; }

    public string? OriginArea { get; set; }

    public string? OriginCode { get; set; }

    /// <summary>How the resolved origin is shown back (the chosen candidate's label, or the joined area names).</summary>
    public string? OriginLabel { get; set; }

    /// <summary>Kept after a choice is made so "back" can offer the same choices again.</summary>
    public List<OriginCandidate> OriginCandidates { get; set; } = [];

    public DateOnly? DepartureDate { get; set; }

    public DateOnly? ArrivalDate { get; set; }

    /// <summary>One of <see cref="TravelModes"/>.</summary>
    public string? TravelMode { get; set; }

    /// <summary>Train or flight number ("G1234", "CA1234") or car plate, when given.</summary>
    public string? TravelNumber { get; set; }

    /// <summary>Fever, cough or other symptoms in the last 14 days.</summary>
    public bool? Symptoms { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }

    public string? ConsentVersion { get; set; }

    /// <summary>Set when the resident confirmed the summary.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>
    /// When the stored report must be deleted: <see cref="SubmittedAt"/> plus
    /// <see cref="ReportFlowOptions.RetentionDays"/>, the period the resident consented to.
    /// </summary>
    public DateTimeOffset? RetainUntil { get; set; }
}

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// What the caller must do with the draft after a turn: keep it (<see cref="Continue"/>),
/// store it as a finished report (<see cref="Submitted"/>), or discard it (all others).
/// </summary>
public enum FlowOutcome
{
    Continue,
    Submitted,
    Cancelled,
    Declined,
    Expired,
}

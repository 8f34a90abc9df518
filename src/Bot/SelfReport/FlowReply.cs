namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// What to send back for one turn. <see cref="Messages"/> is never empty; <see cref="Buttons"/> are
/// suggested replies whose text is also accepted when typed.
/// </summary>
public sealed record FlowReply(IReadOnlyList<string> Messages, IReadOnlyList<string> Buttons, FlowOutcome Outcome);

namespace CommunityNotices.Channels;

/// <summary>What a channel learned from one send attempt.</summary>
/// <param name="Status">Delivered, worth retrying later, or not worth retrying.</param>
/// <param name="MessageId">The vendor's id for the posted message, when it returns one.</param>
/// <param name="RetryAfter">For <see cref="SendStatus.RetryAfter"/>: the earliest sensible retry, as a delay from now.</param>
/// <param name="Reason">The vendor's own words (e.g. <c>errcode 93000: invalid webhook url</c>) or the transport problem.</param>
/// <param name="DeactivateGroup">The robot is gone or its key is invalid: stop sending to this group until someone fixes it.</param>
public sealed record SendOutcome(
    SendStatus Status,
    string? MessageId = null,
    TimeSpan? RetryAfter = null,
    string? Reason = null,
    bool DeactivateGroup = false)
{
    public static SendOutcome Delivered(string? messageId = null) => new(SendStatus.Delivered, MessageId: messageId);

    public static SendOutcome Retry(TimeSpan after, string reason) =>
        new(SendStatus.RetryAfter, RetryAfter: after < TimeSpan.Zero ? TimeSpan.Zero : after, Reason: reason);

    public static SendOutcome Failure(string reason, bool deactivate = false) =>
        new(SendStatus.Failed, Reason: reason, DeactivateGroup: deactivate);
}

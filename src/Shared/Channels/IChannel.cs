using CommunityNotices.Groups;

namespace CommunityNotices.Channels;

/// <summary>Sends one already-shaped message to one group and says what happened.</summary>
/// <remarks>
/// Implementations never throw for HTTP, JSON or network problems: those become a <see cref="SendOutcome"/>.
/// They do throw <see cref="OperationCanceledException"/> when the caller's token is cancelled,
/// and <see cref="ArgumentNullException"/> for null arguments.
/// </remarks>
public interface IChannel
{
    ChannelKind Kind { get; }

    ChannelLimits Limits { get; }

    /// <param name="address">The group's stored address JSON (see <see cref="ChannelAddresses"/>).</param>
    /// <param name="message">A message that already fits <see cref="Limits"/>.</param>
    /// <param name="ct">Cancels the send; the outcome is then unknown to the caller.</param>
    Task<SendOutcome> SendAsync(string address, OutgoingMessage message, CancellationToken ct);
}

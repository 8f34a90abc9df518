using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Storage;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// Wakes this process's web chat streams when another process appends to a transcript (PostgreSQL LISTEN): a reply
/// written by the Bot process that took the POST, or a check-in from a Notifier, is pushed at once.
/// </summary>
internal sealed class TranscriptListener(IDatabaseProvider database, TranscriptSignal signal) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database.ListenAsync(DirectLineTranscript.Topic, signal.Pulse, stoppingToken);
}

using System.Collections.Concurrent;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// Wakes the web chat streams of a conversation when this process appends to its transcript, so replies are pushed at
/// once; appends from other processes are picked up by the streams' periodic read.
/// </summary>
public sealed class TranscriptSignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next append to <paramref name="conversationId"/>.</summary>
    public Task NextAsync(string conversationId) =>
        _waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Pulse(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}

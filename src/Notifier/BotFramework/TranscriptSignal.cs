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

    /// <summary>
    /// Called when a stream closes, so conversations nobody watches leave nothing behind. Another stream of the same
    /// conversation (a second tab) then notices the next append by its periodic read instead.
    /// </summary>
    public void Forget(string conversationId) => _waiters.TryRemove(conversationId, out _);

    public void Pulse(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}

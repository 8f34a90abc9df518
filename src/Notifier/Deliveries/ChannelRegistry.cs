using CommunityNotices.Channels;
using CommunityNotices.Groups;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>The channel implementation for each kind of group; a later registration of a kind replaces an earlier one.</summary>
public sealed class ChannelRegistry(IEnumerable<IChannel> channels)
{
    private readonly Dictionary<ChannelKind, IChannel> _byKind = channels.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Last());

    public IChannel For(ChannelKind kind) =>
        _byKind.TryGetValue(kind, out var channel) ? channel : throw new InvalidOperationException($"No channel is registered for {kind}.");
}

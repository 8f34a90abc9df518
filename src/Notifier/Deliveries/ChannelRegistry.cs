using CommunityNotices.Channels;
using CommunityNotices.Groups;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>The channel implementation for each kind of group.</summary>
public sealed class ChannelRegistry(IEnumerable<IChannel> channels)
{
    private readonly Dictionary<ChannelKind, IChannel> _byKind = channels.ToDictionary(c => c.Kind);

    public IChannel For(ChannelKind kind) =>
        _byKind.TryGetValue(kind, out var channel) ? channel : throw new InvalidOperationException($"No channel is registered for {kind}.");
}

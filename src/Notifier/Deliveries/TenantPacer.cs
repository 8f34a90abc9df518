namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// Paces sends that share a Teams tenant: Teams limits a bot per tenant as well as per conversation, so a broadcast to
/// hundreds of a tenant's channels must not fire them all in the same second. Per process (every delivery job of a
/// process shares it); several processes together may still exceed it, and the 429 handling covers that.
/// </summary>
public sealed class TenantPacer(int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);

    /// <summary>Counts a send to <paramref name="tenant"/> now if the last second leaves room for it.</summary>
    public bool TryTake(string tenant, DateTimeOffset now)
    {
        lock (_recent)
        {
            var sends = Recent(tenant, now);
            if (sends.Count >= perSecond)
            {
                return false;
            }

            sends.Enqueue(now);
            return true;
        }
    }

    /// <summary>How long until <paramref name="tenant"/> has room again (zero when it has now).</summary>
    public TimeSpan Wait(string tenant, DateTimeOffset now)
    {
        lock (_recent)
        {
            var sends = Recent(tenant, now);
            return sends.Count < perSecond ? TimeSpan.Zero : sends.Peek() + Window - now;
        }
    }

    internal int TenantCount
    {
        get
        {
            lock (_recent)
            {
                return _recent.Count;
            }
        }
    }

    private Queue<DateTimeOffset> Recent(string tenant, DateTimeOffset now)
    {
        if (!_recent.TryGetValue(tenant, out var sends))
        {
            sends = new Queue<DateTimeOffset>();
            _recent[tenant] = sends;
        }

        while (sends.Count > 0 && sends.Peek() + Window <= now)
        {
            sends.Dequeue();
        }

        if (_recent.Count > 1000)
        {
            // Tenants nobody has sent to within the last second leave nothing behind.
            foreach (var idle in _recent.Where(r => r.Key != tenant && (r.Value.Count == 0 || r.Value.Last() + Window <= now)).Select(r => r.Key).ToList())
            {
                _recent.Remove(idle);
            }
        }

        return sends;
    }
}

namespace CommunityNotices.Testing.Fakes;

/// <summary>Accepted-message times per robot, for "at most N in any rolling window" limits. Not thread-safe.</summary>
internal sealed class RollingWindow(TimeSpan length)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _times = new(StringComparer.Ordinal);

    public int Count(string key, DateTimeOffset now)
    {
        if (!_times.TryGetValue(key, out var times))
        {
            return 0;
        }

        while (times.Count > 0 && times.Peek() <= now - length)
        {
            times.Dequeue();
        }

        return times.Count;
    }

    public void Add(string key, DateTimeOffset now)
    {
        if (!_times.TryGetValue(key, out var times))
        {
            times = new Queue<DateTimeOffset>();
            _times[key] = times;
        }

        times.Enqueue(now);
    }

    public void Forget(string key) => _times.Remove(key);
}

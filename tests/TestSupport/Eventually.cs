namespace CommunityNotices.Testing;

/// <summary>Waits on a condition instead of sleeping: polls until it holds, fails with diagnostics when it never does.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout.TotalSeconds:0} s.{(diagnostics is null ? "" : "\n" + diagnostics())}");
            }

            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, Func<string>? diagnostics = null) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, diagnostics);
}

using System.Threading.RateLimiting;
using CommunityNotices.Bot.Security;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Admin;

/// <summary>
/// Sign-in attempts per client address and minute. The lock-out protects one account; this slows one address trying
/// many user names (and keeps the lock-out's memory of unknown names from being flooded).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInThrottle(IOptions<AdminOptions> options)
    {
        var perMinute = options.Value.SignInAttemptsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    public bool TryAttempt(string? clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

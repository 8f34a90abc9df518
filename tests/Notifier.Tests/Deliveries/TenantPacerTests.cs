using CommunityNotices.Notifier.Deliveries;

namespace CommunityNotices.Notifier.Tests.Deliveries;

public sealed class TenantPacerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryTake_AllowsTheLimitPerRollingSecond_PerTenant()
    {
        var pacer = new TenantPacer(perSecond: 3);

        Assert.All(Enumerable.Range(0, 3), i => Assert.True(pacer.TryTake("tenant-a", T0.AddMilliseconds(i * 100))));
        Assert.False(pacer.TryTake("tenant-a", T0.AddMilliseconds(500)));
        Assert.True(pacer.TryTake("tenant-b", T0.AddMilliseconds(500)));
        Assert.Equal(TimeSpan.FromMilliseconds(500), pacer.Wait("tenant-a", T0.AddMilliseconds(500)));
        Assert.True(pacer.TryTake("tenant-a", T0.AddMilliseconds(1000)));
    }

    [Fact]
    public void ManyIdleTenants_AreForgotten()
    {
        var pacer = new TenantPacer(perSecond: 1);
        for (var i = 0; i < 3000; i++)
        {
            Assert.True(pacer.TryTake($"tenant-{i}", T0.AddSeconds(i * 2)));
        }

        Assert.InRange(pacer.TenantCount, 1, 1001);
        Assert.True(pacer.TryTake("tenant-0", T0.AddSeconds(6001)));
    }
}

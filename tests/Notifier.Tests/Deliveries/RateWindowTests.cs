using CommunityNotices.Channels;
using CommunityNotices.Notifier.Deliveries;

namespace CommunityNotices.Notifier.Tests.Deliveries;

public sealed class RateWindowTests
{
    private static readonly ChannelLimits WeCom = new(20, null, 2048, true, null);
    private static readonly ChannelLimits Feishu = new(100, 5, 12000, true, null);
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Capacity_CountsSendsInTheRollingMinute_NotAFixedWindow()
    {
        var window = RateWindow.Parse("");
        for (var i = 0; i < 15; i++)
        {
            window.Record(Now.AddSeconds(-50 + i));
        }

        Assert.Equal(5, window.Capacity(WeCom, Now));
        Assert.Equal(5, window.Capacity(WeCom, Now.AddSeconds(5)));
        Assert.Equal(20, window.Capacity(WeCom, Now.AddSeconds(30)));
    }

    [Fact]
    public void NextFreeSlot_IsWhenTheOldestCountedSendLeavesTheWindow()
    {
        var window = RateWindow.Parse("");
        for (var i = 0; i < 20; i++)
        {
            window.Record(Now.AddSeconds(-30 + i));
        }

        Assert.Equal(0, window.Capacity(WeCom, Now));
        Assert.Equal(Now.AddSeconds(-30) + RateWindow.Minute + RateWindow.Margin, window.NextFreeSlot(WeCom, Now));
    }

    [Fact]
    public void Serialize_RoundTrips_AndForgetsOldSends()
    {
        var window = RateWindow.Parse("");
        window.Record(Now.AddMinutes(-5));
        window.Record(Now.AddSeconds(-10));

        var again = RateWindow.Parse(window.Serialize(Now));

        Assert.Equal(WeCom.PerMinute - 1, again.Capacity(WeCom, Now));
    }

    [Fact]
    public void PerSecondWait_PacesTheSixthMessageInASecond()
    {
        var window = RateWindow.Parse("");
        for (var i = 0; i < 5; i++)
        {
            window.Record(Now.AddMilliseconds(-500 + i));
        }

        Assert.True(window.PerSecondWait(Feishu, Now) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, window.PerSecondWait(WeCom, Now));
    }

    [Theory]
    [InlineData("not,numbers")]
    [InlineData(",,,")]
    [InlineData(null)]
    public void Parse_IgnoresGarbage(string? stored) => Assert.Equal(20, RateWindow.Parse(stored).Capacity(WeCom, Now));
}

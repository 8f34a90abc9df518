using CommunityNotices.Schedules;
namespace CommunityNotices.Shared.Tests.Schedules;

public class TimeZoneResolverTests
{
    [Fact]
    public void TryResolve_ReturnsUtcPlusEight_WhenIdIsAsiaShanghai()
    {
        Assert.True(TimeZoneResolver.TryResolve("Asia/Shanghai", out var zone));

        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    public void TryResolve_Succeeds_WhenIdIsOtherIanaZone(string id)
    {
        Assert.True(TimeZoneResolver.TryResolve(id, out var zone, out var error));
        Assert.NotNull(zone);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void TryResolve_SaysRequired_WhenIdIsBlank(string? id)
    {
        Assert.False(TimeZoneResolver.TryResolve(id, out var zone, out var error));

        Assert.Null(zone);
        Assert.Equal("Time zone is required: an IANA id such as Asia/Shanghai.", error);
    }

    [Fact]
    public void TryResolve_NamesIdAndMentionsTzdata_WhenIdIsUnknown()
    {
        Assert.False(TimeZoneResolver.TryResolve("Mars/Olympus_Mons", out _, out var error));

        Assert.Equal(
            "Time zone \"Mars/Olympus_Mons\" is not a known IANA time zone id (e.g. Asia/Shanghai). If the id is right, this machine may be missing tzdata.",
            error);
    }

    [Fact]
    public void TryResolve_Fails_WhenIdIsWindowsStyle()
    {
        Assert.False(TimeZoneResolver.TryResolve("China Standard Time", out _, out var error));

        // Which message depends on whether ICU can map Windows ids here; either way it names the id.
        Assert.Contains("\"China Standard Time\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ThrowsWithReason_WhenIdIsUnknown()
    {
        var exception = Assert.Throws<ArgumentException>(() => TimeZoneResolver.Resolve("Nowhere/Special"));

        Assert.Contains("Nowhere/Special", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("PRC")]
    [InlineData("Asia/Chongqing")]
    public void TryResolve_FallsBackToFixedUtcPlusEight_WhenMachineLacksTzdata(string id)
    {
        Assert.True(TimeZoneResolver.TryResolve(id, _ => null, out var zone, out _));

        Assert.Equal("Asia/Shanghai", zone.Id);
        Assert.Equal(TimeSpan.FromHours(8), zone.BaseUtcOffset);
        Assert.False(zone.SupportsDaylightSavingTime);
    }

    [Fact]
    public void TryResolve_FailsWithTzdataHint_WhenMachineLacksTzdataForOtherZones()
    {
        Assert.False(TimeZoneResolver.TryResolve("Europe/London", _ => null, out _, out var error));

        Assert.Contains("missing tzdata", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FireTimes_MatchSystemZone_WhenFallbackZoneIsUsed()
    {
        Assert.True(TimeZoneResolver.TryResolve("Asia/Shanghai", _ => null, out var fixedZone, out _));
        var after = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

        var fromFallback = FireTimes.Next("0 30 8 ? * MON,THU", fixedZone, after, 5);
        var fromSystem = FireTimes.Next("0 30 8 ? * MON,THU", TimeZoneResolver.China, after, 5);

        Assert.Equal(fromSystem, fromFallback);
    }

    [Fact]
    public void RegisterQuartzFallback_ReturnsRemovableRegistration_WhenCalled()
    {
        using var registration = TimeZoneResolver.RegisterQuartzFallback();

        Assert.Equal(TimeSpan.FromHours(8), Quartz.TimeZones.FindById("Asia/Shanghai").BaseUtcOffset);
    }
}

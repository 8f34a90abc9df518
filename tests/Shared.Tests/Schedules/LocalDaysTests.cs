using CommunityNotices.Schedules;
namespace CommunityNotices.Shared.Tests.Schedules;

public class LocalDaysTests
{
    [Fact]
    public void StartOf_ReturnsShanghaiMidnight_WhenZoneIsShanghai()
    {
        var start = LocalDays.StartOf(new DateOnly(2026, 1, 4), TimeZoneResolver.China);

        Assert.Equal(new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.FromHours(8)), start);
    }

    [Fact]
    public void StartOf_ReturnsFirstInstantOfDay_WhenMidnightIsSkippedOrRepeatedInAnyZone()
    {
        var oddMidnights = 0;
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            foreach (var transitionDay in DaysWithClockChangeNearMidnight(zone, 2026))
            {
                oddMidnights++;
                var start = LocalDays.StartOf(transitionDay, zone);

                Assert.Equal(transitionDay, LocalDays.DateIn(start, zone));
                Assert.Equal(transitionDay.AddDays(-1), LocalDays.DateIn(start.AddSeconds(-1), zone));
            }
        }

        // America/Santiago springs forward at midnight, so the loop above must have met at least one.
        Assert.True(oddMidnights > 0);
    }

    private static IEnumerable<DateOnly> DaysWithClockChangeNearMidnight(TimeZoneInfo zone, int year)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            if (zone.IsInvalidTime(midnight) || zone.IsAmbiguousTime(midnight))
            {
                yield return day;
            }
        }
    }
}

using CommunityNotices.Schedules;
using System.Text.Json;

namespace CommunityNotices.Shared.Tests.Schedules;

public class FireTimesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneResolver.Resolve("Asia/Shanghai");
    private static readonly TimeSpan PlusEight = TimeSpan.FromHours(8);

    [Fact]
    public void Next_ReturnsMondaysAndThursdaysInShanghai_WhenCronIsMonThu()
    {
        var after = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

        var times = FireTimes.Next("0 30 8 ? * MON,THU", Shanghai, after, 5, calendar: null);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 11, 30, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 12, 3, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 12, 7, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 12, 10, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 12, 14, 8, 30, 0, PlusEight),
            ],
            times);
        Assert.All(times, t => Assert.Equal(PlusEight, t.Offset));
        Assert.Equal(DayOfWeek.Monday, times[0].DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, times[1].DayOfWeek);
    }

    [Fact]
    public void Next_SerialisesWithPlusEightOffset_WhenWrittenAsJson()
    {
        var after = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

        var json = JsonSerializer.Serialize(FireTimes.Next("0 30 8 ? * MON,THU", Shanghai, after, 2));

        Assert.Equal("""["2026-11-30T08:30:00+08:00","2026-12-03T08:30:00+08:00"]""", json);
    }

    [Fact]
    public void Next_ReadsFieldsOnScheduleWallClock_WhenMachineZoneDiffers()
    {
        // 08:30 in Shanghai is 00:30 UTC; read in the machine's zone it would be 08:30 UTC.
        var after = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

        var next = Assert.Single(FireTimes.Next("0 30 8 * * ?", Shanghai, after, 1));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 0, 30, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void Next_UsesZoneOffset_WhenZoneIsUtc()
    {
        var after = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

        var next = Assert.Single(FireTimes.Next("0 30 8 * * ?", TimeZoneInfo.Utc, after, 1));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void Next_IsStrictlyAfter_WhenAfterIsAFireTime()
    {
        var after = new DateTimeOffset(2026, 11, 30, 8, 30, 0, PlusEight);

        var next = Assert.Single(FireTimes.Next("0 30 8 ? * MON,THU", Shanghai, after, 1));

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 8, 30, 0, PlusEight), next);
    }

    [Fact]
    public void Next_ReturnsOneTime_WhenCronIsOneShot()
    {
        var after = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var times = FireTimes.Next("0 30 8 15 12 ? 2026", Shanghai, after, 3);

        Assert.Equal([new DateTimeOffset(2026, 12, 15, 8, 30, 0, PlusEight)], times);
    }

    [Fact]
    public void Next_ReturnsNothing_WhenOneShotHasPassed()
    {
        var after = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Empty(FireTimes.Next("0 30 8 15 12 ? 2026", Shanghai, after, 3));
    }

    [Fact]
    public void Next_StepsEveryTenSeconds_WhenCronIsTestingInterval()
    {
        var after = new DateTimeOffset(2026, 3, 1, 9, 0, 5, PlusEight);

        var times = FireTimes.Next("0/10 * * * * ?", Shanghai, after, 3);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 1, 9, 0, 10, PlusEight),
                new DateTimeOffset(2026, 3, 1, 9, 0, 20, PlusEight),
                new DateTimeOffset(2026, 3, 1, 9, 0, 30, PlusEight),
            ],
            times);
    }

    [Fact]
    public void Next_SkipsNewYearAndIncludesMakeUpSunday_WhenChinaCalendarIsGiven()
    {
        var after = new DateTimeOffset(2025, 12, 30, 12, 0, 0, PlusEight);

        var times = FireTimes.Next("0 0 9 * * ?", Shanghai, after, 4, ChinaWorkdayCalendar.Default);

        Assert.Equal(
            [
                new DateTimeOffset(2025, 12, 31, 9, 0, 0, PlusEight),
                new DateTimeOffset(2026, 1, 4, 9, 0, 0, PlusEight),
                new DateTimeOffset(2026, 1, 5, 9, 0, 0, PlusEight),
                new DateTimeOffset(2026, 1, 6, 9, 0, 0, PlusEight),
            ],
            times);
        Assert.Equal(DayOfWeek.Sunday, times[1].DayOfWeek);
    }

    [Fact]
    public void Next_FiresOnEveryDayAroundNewYear_WhenNoCalendarIsGiven()
    {
        var after = new DateTimeOffset(2025, 12, 30, 12, 0, 0, PlusEight);

        var times = FireTimes.Next("0 0 9 * * ?", Shanghai, after, 3);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 9, 0, 0, PlusEight), times[1]);
    }

    [Fact]
    public void Next_JumpsWholeSpringFestival_WhenSecondsCronMeetsHolidays()
    {
        var after = new DateTimeOffset(2026, 2, 13, 23, 59, 45, PlusEight);

        var times = FireTimes.Next("0/10 * * * * ?", Shanghai, after, 3, ChinaWorkdayCalendar.Default);

        // Friday 13th is a working day and Saturday 14th a make-up workday; 15th to 23rd are off.
        Assert.Equal(
            [
                new DateTimeOffset(2026, 2, 13, 23, 59, 50, PlusEight),
                new DateTimeOffset(2026, 2, 14, 0, 0, 0, PlusEight),
                new DateTimeOffset(2026, 2, 14, 0, 0, 10, PlusEight),
            ],
            times);
        var afterMakeUpDay = FireTimes.Next("0/10 * * * * ?", Shanghai, new DateTimeOffset(2026, 2, 14, 23, 59, 55, PlusEight), 2, ChinaWorkdayCalendar.Default);
        Assert.Equal(
            [new DateTimeOffset(2026, 2, 24, 0, 0, 0, PlusEight), new DateTimeOffset(2026, 2, 24, 0, 0, 10, PlusEight)],
            afterMakeUpDay);
    }

    [Fact]
    public void Next_StopsEarly_WhenCalendarHasNoWorkingDays()
    {
        var after = new DateTimeOffset(2026, 1, 1, 0, 0, 0, PlusEight);

        var times = FireTimes.Next("0 0 9 * * ?", Shanghai, after, 3, new NoWorkingDays());

        Assert.Empty(times);
    }

    [Fact]
    public void Next_ReturnsEmpty_WhenCountIsZero()
    {
        Assert.Empty(FireTimes.Next("0 0 9 * * ?", Shanghai, DateTimeOffset.UnixEpoch, 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(FireTimes.MaxCount + 1)]
    public void Next_Throws_WhenCountIsOutOfRange(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FireTimes.Next("0 0 9 * * ?", Shanghai, DateTimeOffset.UnixEpoch, count));
    }

    [Fact]
    public void Next_ThrowsWithValidatorMessage_WhenCronIsInvalid()
    {
        var exception = Assert.Throws<ArgumentException>(() => FireTimes.Next("0 61 8 * * ?", Shanghai, DateTimeOffset.UnixEpoch, 1));

        Assert.Equal("cron", exception.ParamName);
        Assert.Contains("Minute and Second values must be between 0 and 59", exception.Message, StringComparison.Ordinal);
    }

    private sealed class NoWorkingDays : IWorkingDayCalendar
    {
        public bool IsWorkingDay(DateOnly day) => false;
    }
}

using CommunityNotices.Schedules;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Impl.Calendar;
using Quartz.Impl.Triggers;

namespace CommunityNotices.Shared.Tests.Schedules;

public class QuartzWorkdayCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneResolver.Resolve("Asia/Shanghai");
    private static readonly TimeSpan PlusEight = TimeSpan.FromHours(8);

    private static QuartzWorkdayCalendar NewCalendar() => new(ChinaWorkdayCalendar.Default, Shanghai);

    [Fact]
    public void IsTimeIncluded_ReturnsFalse_WhenInstantIsOnNewYearsDayInShanghai()
    {
        Assert.False(NewCalendar().IsTimeIncluded(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void IsTimeIncluded_ReadsShanghaiDate_WhenUtcDateIsStillPreviousDay()
    {
        // 16:30 UTC on 31 December is 00:30 on 1 January in Shanghai.
        Assert.False(NewCalendar().IsTimeIncluded(new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero)));
        Assert.True(NewCalendar().IsTimeIncluded(new DateTimeOffset(2025, 12, 31, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void IsTimeIncluded_ReturnsTrue_WhenSundayIsMakeUpWorkday()
    {
        Assert.True(NewCalendar().IsTimeIncluded(new DateTimeOffset(2026, 1, 4, 9, 0, 0, PlusEight)));
    }

    [Fact]
    public void GetNextIncludedTimeUtc_ReturnsSameInstant_WhenInstantIsIncluded()
    {
        var time = new DateTimeOffset(2026, 1, 5, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal(time, NewCalendar().GetNextIncludedTimeUtc(time));
    }

    [Fact]
    public void GetNextIncludedTimeUtc_ReturnsStartOfMakeUpSundayInUtc_WhenInstantIsInNewYearHoliday()
    {
        var next = NewCalendar().GetNextIncludedTimeUtc(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 1, 4, 0, 0, 0, PlusEight), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void GetNextIncludedTimeUtc_SkipsWholeSpringFestival_WhenInstantIsOnNewYearsEve()
    {
        var next = NewCalendar().GetNextIncludedTimeUtc(new DateTimeOffset(2026, 2, 16, 20, 0, 0, PlusEight));

        Assert.Equal(new DateTimeOffset(2026, 2, 24, 0, 0, 0, PlusEight), next);
    }

    [Fact]
    public void GetNextIncludedTimeUtc_HonoursBaseCalendar_WhenBaseExcludesMakeUpSunday()
    {
        var baseCalendar = new HolidayCalendar { TimeZone = Shanghai };
        baseCalendar.AddExcludedDay(new DateOnly(2026, 1, 4));
        var calendar = NewCalendar();
        calendar.CalendarBase = baseCalendar;

        var next = calendar.GetNextIncludedTimeUtc(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, PlusEight), next);
        Assert.False(calendar.IsTimeIncluded(new DateTimeOffset(2026, 1, 4, 9, 0, 0, PlusEight)));
    }

    [Fact]
    public void GetNextIncludedTimeUtc_ReturnsMinValue_WhenNothingIsIncluded()
    {
        var calendar = new QuartzWorkdayCalendar(new NoWorkingDays(), Shanghai);

        Assert.Equal(DateTimeOffset.MinValue, calendar.GetNextIncludedTimeUtc(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Clone_CopiesSettingsAndBase_WhenCalendarIsCloned()
    {
        var original = NewCalendar();
        original.Description = "China working days";
        original.CalendarBase = new HolidayCalendar();

        var clone = Assert.IsType<QuartzWorkdayCalendar>(original.Clone());
        clone.Description = "changed";

        Assert.Equal("China working days", original.Description);
        Assert.Same(original.WorkingDays, clone.WorkingDays);
        Assert.Same(original.TimeZone, clone.TimeZone);
        Assert.NotNull(clone.CalendarBase);
        Assert.NotSame(original.CalendarBase, clone.CalendarBase);
    }

    [Fact]
    public void CronTrigger_SkipsHolidaysAndFiresOnMakeUpSunday_WhenModifiedByCalendar()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 12, 30, 0, 0, 0, TimeSpan.Zero));
        var trigger = new CronTriggerImpl("reminder", "notices", "0 30 8 * * ?", clock)
        {
            TimeZone = Shanghai,
            StartTimeUtc = clock.GetUtcNow(),
        };
        var calendar = NewCalendar();

        var fireTimes = new List<DateTimeOffset>();
        var next = trigger.ComputeFirstFireTimeUtc(calendar);
        while (next is { } time && fireTimes.Count < 5)
        {
            fireTimes.Add(TimeZoneInfo.ConvertTime(time, Shanghai));
            trigger.Triggered(calendar);
            next = trigger.NextFireTimeUtc;
        }

        Assert.Equal(
            [
                new DateTimeOffset(2025, 12, 30, 8, 30, 0, PlusEight),
                new DateTimeOffset(2025, 12, 31, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 1, 4, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 1, 5, 8, 30, 0, PlusEight),
                new DateTimeOffset(2026, 1, 6, 8, 30, 0, PlusEight),
            ],
            fireTimes);
    }

    [Fact]
    public void CronTrigger_MatchesFireTimesPreview_WhenBothUseChinaCalendar()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 15, 0, 0, 0, TimeSpan.Zero));
        const string cron = "0 0 18 ? * MON,WED,FRI,SUN";
        var trigger = new CronTriggerImpl("reminder", "notices", cron, clock)
        {
            TimeZone = Shanghai,
            StartTimeUtc = clock.GetUtcNow(),
        };
        var calendar = NewCalendar();

        var fromQuartz = new List<DateTimeOffset>();
        var next = trigger.ComputeFirstFireTimeUtc(calendar);
        while (next is { } time && fromQuartz.Count < 8)
        {
            fromQuartz.Add(TimeZoneInfo.ConvertTime(time, Shanghai));
            trigger.Triggered(calendar);
            next = trigger.NextFireTimeUtc;
        }

        var preview = FireTimes.Next(cron, Shanghai, clock.GetUtcNow(), 8, ChinaWorkdayCalendar.Default);

        Assert.Equal(preview, fromQuartz);
        Assert.Contains(new DateTimeOffset(2026, 9, 20, 18, 0, 0, PlusEight), preview); // make-up Sunday
        Assert.DoesNotContain(preview, t => t.Month == 10 && t.Day <= 7);
    }

    private sealed class NoWorkingDays : IWorkingDayCalendar
    {
        public bool IsWorkingDay(DateOnly day) => false;
    }
}

using CommunityNotices.Schedules;
namespace CommunityNotices.Shared.Tests.Schedules;

public class CronBuilderTests
{
    [Fact]
    public void Daily_PutsSecondsFirstAndQuestionMarkInDayOfWeek_WhenGivenTime()
    {
        Assert.Equal("0 30 8 * * ?", CronBuilder.Daily(new TimeOnly(8, 30)));
    }

    [Fact]
    public void Weekly_PutsQuestionMarkInDayOfMonth_WhenGivenDays()
    {
        var cron = CronBuilder.Weekly([DayOfWeek.Thursday, DayOfWeek.Monday], new TimeOnly(8, 30));

        Assert.Equal("0 30 8 ? * MON,THU", cron);
    }

    [Fact]
    public void Weekly_Throws_WhenNoDaysAreGiven()
    {
        Assert.Throws<ArgumentException>(() => CronBuilder.Weekly([], new TimeOnly(8, 30)));
    }

    [Fact]
    public void Weekly_Throws_WhenDayIsUndefined()
    {
        Assert.Throws<ArgumentException>(() => CronBuilder.Weekly([(DayOfWeek)9], new TimeOnly(8, 30)));
    }

    [Fact]
    public void Once_AddsYearField_WhenGivenLocalDateTime()
    {
        Assert.Equal("0 30 8 15 12 ? 2026", CronBuilder.Once(new DateTime(2026, 12, 15, 8, 30, 0)));
    }

    [Fact]
    public void EverySeconds_StepsFromZero_WhenIntervalDividesMinute()
    {
        Assert.Equal("0/10 * * * * ?", CronBuilder.EverySeconds(10));
    }

    [Fact]
    public void EveryMinutes_StepsFromZero_WhenIntervalDividesHour()
    {
        Assert.Equal("0 0/20 * * * ?", CronBuilder.EveryMinutes(20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(45)]
    [InlineData(60)]
    public void EverySeconds_Throws_WhenIntervalDoesNotDivideMinute(int seconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CronBuilder.EverySeconds(seconds));
    }
}

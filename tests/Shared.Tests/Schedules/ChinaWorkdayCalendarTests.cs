using CommunityNotices.Schedules;
using System.Text;

namespace CommunityNotices.Shared.Tests.Schedules;

public class ChinaWorkdayCalendarTests
{
    private static readonly ChinaWorkdayCalendar Calendar = ChinaWorkdayCalendar.Default;

    [Theory]
    [InlineData("2026-01-01")] // 元旦, Thursday
    [InlineData("2026-01-02")]
    [InlineData("2026-02-16")] // 除夕, Monday
    [InlineData("2026-02-23")] // 正月初七, Monday
    [InlineData("2026-05-05")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-07")]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-28")]
    [InlineData("2025-10-08")]
    public void IsWorkingDay_ReturnsFalse_WhenWeekdayIsPublicHoliday(string date)
    {
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-01-04")] // Sunday
    [InlineData("2026-02-14")] // Saturday
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    public void IsWorkingDay_ReturnsTrue_WhenWeekendIsMakeUpWorkday(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2026-01-05", true)] // ordinary Monday
    [InlineData("2026-01-10", false)] // ordinary Saturday
    [InlineData("2026-01-11", false)] // ordinary Sunday
    [InlineData("2027-02-08", true)] // beyond the data: plain week
    [InlineData("2027-02-06", false)]
    public void IsWorkingDay_FollowsOrdinaryWeek_WhenDayIsNotListed(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Default_HoldsOfficialCounts_WhenLoadedFromEmbeddedResource()
    {
        Assert.Equal([2025, 2026], Calendar.Years.Order());
        Assert.Equal(28, Calendar.Holidays.Count(d => d.Year == 2025));
        Assert.Equal(33, Calendar.Holidays.Count(d => d.Year == 2026));
        Assert.Equal(5, Calendar.Workdays.Count(d => d.Year == 2025));
        Assert.Equal(6, Calendar.Workdays.Count(d => d.Year == 2026));
    }

    [Fact]
    public void Default_CountsOfficialWorkingDays_WhenYearIs2026()
    {
        // 261 weekdays - 19 holidays that fall on weekdays + 6 make-up weekend days = 248.
        var days = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i));

        Assert.Equal(248, days.Count(Calendar.IsWorkingDay));
    }

    [Fact]
    public void Load_ReturnsCalendar_WhenJsonIsValid()
    {
        var calendar = ChinaWorkdayCalendar.Load(Json("""
            {
              // comments and trailing commas are allowed so operators can annotate the file
              "2026": { "source": "test", "holidays": ["2026-01-01"], "workdays": ["2026-01-04"], },
            }
            """));

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 4)));
        Assert.Equal([2026], calendar.Years);
    }

    [Fact]
    public void Load_Throws_WhenDateIsBothHolidayAndWorkday()
    {
        var exception = Assert.Throws<InvalidDataException>(() => ChinaWorkdayCalendar.Load(Json("""
            {"2026": {"holidays": ["2026-01-01", "2026-01-04"], "workdays": ["2026-01-04"]}}
            """)));

        Assert.Contains("2026-01-04 is listed both as a holiday and as a make-up workday (2026.holidays[1] and 2026.workdays[0])", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026/01/01")]
    [InlineData("Jan 1")]
    [InlineData("")]
    public void Load_NamesBadDateAndItsPlace_WhenDateIsMalformed(string bad)
    {
        var exception = Assert.Throws<InvalidDataException>(() => ChinaWorkdayCalendar.Load(Json(
            "{\"2026\": {\"holidays\": [\"2026-01-01\", \"" + bad + "\"]}}")));

        Assert.Contains($"2026.holidays[1]: \"{bad}\" is not a date in yyyy-MM-dd form.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_ReportsEveryProblem_WhenFileHasSeveral()
    {
        var ok = ChinaWorkdayCalendar.TryLoad(
            Json("""
                {
                  "2026": {"holidays": ["2027-01-01", 20260101], "workdays": ["2026-01-05"], "holiday": []},
                  "26": {}
                }
                """),
            out var calendar,
            out var errors);

        Assert.False(ok);
        Assert.Null(calendar);
        Assert.Equal(
            [
                "2026.holidays[0]: 2027-01-01 is not in 2026 (only the previous December may appear).",
                "2026.holidays[1]: \"20260101\" is not a date in yyyy-MM-dd form.",
                "2026.workdays[0]: 2026-01-05 is a Monday; make-up workdays (调休上班) are always Saturdays or Sundays.",
                "2026.holiday is not recognised; expected holidays, workdays or source.",
                "\"26\" is not a year; keys must be four-digit years such as \"2026\".",
            ],
            errors);
    }

    [Fact]
    public void TryLoad_AcceptsPreviousDecember_WhenNewYearBlockStartsThere()
    {
        Assert.True(ChinaWorkdayCalendar.TryLoad(
            Json("""{"2019": {"holidays": ["2018-12-30", "2018-12-31", "2019-01-01"], "workdays": ["2018-12-29"]}}"""),
            out var calendar,
            out _));

        Assert.True(calendar.IsWorkingDay(new DateOnly(2018, 12, 29)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2018, 12, 31)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[\"2026-01-01\"]")]
    [InlineData("{\"2026\": [\"2026-01-01\"]}")]
    [InlineData("{\"2026\": {\"holidays\": \"2026-01-01\"}}")]
    public void TryLoad_Fails_WhenShapeIsWrong(string json)
    {
        Assert.False(ChinaWorkdayCalendar.TryLoad(Json(json), out _, out var errors));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void TryLoad_Fails_WhenYearAppearsTwice()
    {
        Assert.False(ChinaWorkdayCalendar.TryLoad(
            Json("""{"2026": {"holidays": []}, "2026": {"holidays": ["2026-01-01"]}}"""),
            out _,
            out var errors));

        Assert.Equal(["2026 appears more than once."], errors);
    }

    [Fact]
    public void Constructor_Throws_WhenDateIsBothHolidayAndWorkday()
    {
        var day = new DateOnly(2026, 1, 4);

        var exception = Assert.Throws<ArgumentException>(() => new ChinaWorkdayCalendar([day], [day]));

        Assert.Contains("2026-01-04 is listed both", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Throws_WhenWorkdayIsWeekday()
    {
        Assert.Throws<ArgumentException>(() => new ChinaWorkdayCalendar([], [new DateOnly(2026, 1, 5)]));
    }

    private static MemoryStream Json(string text) => new(Encoding.UTF8.GetBytes(text));
}

using CommunityNotices.Schedules;
using System.Text.Json;

namespace CommunityNotices.Shared.Tests.Schedules;

public class RecurrenceParserTests
{
    [Theory]
    [InlineData("09:00", "0 0 9 * * ?")]
    [InlineData("00:00", "0 0 0 * * ?")]
    [InlineData("23:59", "0 59 23 * * ?")]
    [InlineData(" 07:05 ", "0 5 7 * * ?")]
    public void Parse_ReturnsDailyCron_WhenKindIsDaily(string time, string expected)
    {
        var result = RecurrenceParser.Parse(Recurrence.Daily(time));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Cron);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_ReturnsWeeklyCron_WhenKindIsWeekly()
    {
        var result = RecurrenceParser.Parse(Recurrence.Weekly("08:30", "mon", "thu"));

        Assert.Equal("0 30 8 ? * MON,THU", result.Cron);
    }

    [Fact]
    public void Parse_OrdersMondayFirstAndDropsDuplicates_WhenDaysAreUnorderedOrRepeated()
    {
        var result = RecurrenceParser.Parse(Recurrence.Weekly("18:00", "SUN", "thu", "Mon", "mon", "saturday"));

        Assert.Equal("0 0 18 ? * MON,THU,SAT,SUN", result.Cron);
    }

    [Fact]
    public void Parse_ListsAllSevenDays_WhenEveryDayIsChosen()
    {
        var result = RecurrenceParser.Parse(Recurrence.Weekly("06:00", "mon", "tue", "wed", "thu", "fri", "sat", "sun"));

        Assert.Equal("0 0 6 ? * MON,TUE,WED,THU,FRI,SAT,SUN", result.Cron);
    }

    [Theory]
    [InlineData("2026-12-15T08:30", "0 30 8 15 12 ? 2026")]
    [InlineData("2026-01-01T00:00:45", "45 0 0 1 1 ? 2026")]
    public void Parse_ReturnsOneShotCronWithYear_WhenKindIsOnce(string at, string expected)
    {
        var result = RecurrenceParser.Parse(Recurrence.Once(at));

        Assert.Equal(expected, result.Cron);
    }

    [Theory]
    [InlineData(10, "seconds", "0/10 * * * * ?")]
    [InlineData(1, "second", "0/1 * * * * ?")]
    [InlineData(5, "minutes", "0 0/5 * * * ?")]
    [InlineData(30, "Minutes", "0 0/30 * * * ?")]
    public void Parse_ReturnsStepCron_WhenKindIsInterval(int every, string unit, string expected)
    {
        var result = RecurrenceParser.Parse(Recurrence.Interval(every, unit));

        Assert.Equal(expected, result.Cron);
    }

    [Theory]
    [InlineData("""{"kind":"daily","time":"09:00"}""", "0 0 9 * * ?")]
    [InlineData("""{"kind":"weekly","days":["mon","thu"],"time":"08:30"}""", "0 30 8 ? * MON,THU")]
    [InlineData("""{"kind":"once","at":"2026-12-15T08:30"}""", "0 30 8 15 12 ? 2026")]
    [InlineData("""{"kind":"interval","every":10,"unit":"seconds"}""", "0/10 * * * * ?")]
    [InlineData("""{"Kind":"DAILY","Time":"09:00",}""", "0 0 9 * * ?")]
    public void ParseJson_ReturnsCron_WhenJsonHasDocumentedShape(string json, string expected)
    {
        var result = RecurrenceParser.ParseJson(json);

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Cron);
    }

    [Fact]
    public void Serialize_WritesOnlyFieldsInUse_WhenRecurrenceIsWeekly()
    {
        var json = JsonSerializer.Serialize(Recurrence.Weekly("08:30", "mon", "thu"));

        Assert.Equal("""{"kind":"weekly","time":"08:30","days":["mon","thu"]}""", json);
    }

    [Theory]
    [InlineData("9:00")]
    [InlineData("24:00")]
    [InlineData("08:60")]
    [InlineData("08:30:00")]
    [InlineData("eight")]
    [InlineData("")]
    public void Parse_NamesTimeField_WhenTimeIsNotHhMm(string time)
    {
        var result = RecurrenceParser.Parse(Recurrence.Daily(time));

        Assert.False(result.IsValid);
        Assert.Null(result.Cron);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("recurrence.time must be HH:mm", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SaysTimeIsRequired_WhenDailyHasNoTime()
    {
        var result = RecurrenceParser.Parse(new Recurrence("daily"));

        Assert.Equal("recurrence.time is required (HH:mm, e.g. 08:30).", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData(null, "recurrence.kind is required")]
    [InlineData("  ", "recurrence.kind is required")]
    [InlineData("monthly", "recurrence.kind must be daily, weekly, once or interval, not \"monthly\"")]
    public void Parse_NamesKindField_WhenKindIsMissingOrUnknown(string? kind, string expected)
    {
        var result = RecurrenceParser.Parse(new Recurrence(kind, Time: "09:00"));

        Assert.StartsWith(expected, Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamesEachBadDayByIndex_WhenDaysAreUnknown()
    {
        var result = RecurrenceParser.Parse(Recurrence.Weekly("08:30", "mon", "funday", "周三"));

        Assert.Equal(
            [
                "recurrence.days[1] must be one of mon, tue, wed, thu, fri, sat, sun, not \"funday\".",
                "recurrence.days[2] must be one of mon, tue, wed, thu, fri, sat, sun, not \"周三\".",
            ],
            result.Errors);
    }

    [Fact]
    public void Parse_ReportsEveryProblem_WhenWeeklyHasNoDaysAndBadTime()
    {
        var result = RecurrenceParser.Parse(new Recurrence("weekly", Time: "8.30", Days: []));

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.StartsWith("recurrence.time must be HH:mm", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("recurrence.days must name at least one day", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-12-15T08:30+08:00")]
    [InlineData("2026-12-15T08:30Z")]
    public void Parse_RejectsOffset_WhenOnceCarriesOne(string at)
    {
        var result = RecurrenceParser.Parse(Recurrence.Once(at));

        Assert.StartsWith("recurrence.at must be a local date-time without offset", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-15")]
    [InlineData("2026-02-30T08:30")]
    [InlineData("15/12/2026 08:30")]
    public void Parse_NamesAtField_WhenOnceDateIsMalformed(string at)
    {
        var result = RecurrenceParser.Parse(Recurrence.Once(at));

        Assert.StartsWith("recurrence.at must be a local date-time yyyy-MM-ddTHH:mm", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportsQuartzYearLimit_WhenOnceIsBeforeQuartzRange()
    {
        var result = RecurrenceParser.Parse(Recurrence.Once("1960-01-01T08:00"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("recurrence does not make a schedule Quartz accepts", error, StringComparison.Ordinal);
        Assert.Contains("Year", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, "seconds")]
    [InlineData(0, "minutes")]
    [InlineData(60, "seconds")]
    [InlineData(-5, "minutes")]
    public void Parse_NamesEveryField_WhenIntervalDoesNotDivideEvenly(int every, string unit)
    {
        var result = RecurrenceParser.Parse(Recurrence.Interval(every, unit));

        Assert.StartsWith("recurrence.every must be one of 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamesUnitField_WhenIntervalUnitIsHours()
    {
        var result = RecurrenceParser.Parse(Recurrence.Interval(2, "hours"));

        Assert.Equal("recurrence.unit must be seconds or minutes, not \"hours\".", Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_RejectsStrayFields_WhenTheyBelongToAnotherKind()
    {
        var result = RecurrenceParser.Parse(new Recurrence("daily", Time: "09:00", Days: ["mon"], At: "2026-12-15T08:30"));

        Assert.Equal(
            ["recurrence.days is not used with kind daily.", "recurrence.at is not used with kind daily."],
            result.Errors);
    }

    [Fact]
    public void Parse_UsesGivenFieldName_WhenFieldIsPassed()
    {
        var result = RecurrenceParser.Parse(Recurrence.Daily("25:00"), "notice.recurrence");

        Assert.StartsWith("notice.recurrence.time must be HH:mm", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "recurrence is required.")]
    [InlineData("", "recurrence is required.")]
    [InlineData("{\"kind\":", "recurrence is not valid JSON")]
    [InlineData("""{"kind":"interval","every":"ten","unit":"seconds"}""", "recurrence is not valid JSON")]
    public void ParseJson_ReturnsError_WhenJsonIsMissingOrMalformed(string? json, string expected)
    {
        var result = RecurrenceParser.ParseJson(json);

        Assert.StartsWith(expected, Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReturnsRequiredError_WhenRecurrenceIsNull()
    {
        var result = RecurrenceParser.Parse(null);

        Assert.Equal(["recurrence is required."], result.Errors);
    }

    [Theory]
    [InlineData("""{"kind":"daily","time":"09:00"}""")]
    [InlineData("""{"kind":"weekly","days":["mon","thu"],"time":"08:30"}""")]
    [InlineData("""{"kind":"once","at":"2026-12-15T08:30"}""")]
    [InlineData("""{"kind":"interval","every":10,"unit":"seconds"}""")]
    [InlineData("""{"kind":"interval","every":15,"unit":"minutes"}""")]
    public void Parse_ProducesCronQuartzAccepts_WhenRecurrenceIsValid(string json)
    {
        var result = RecurrenceParser.ParseJson(json);

        Assert.True(result.IsValid);
        Assert.Null(CronValidator.Validate(result.Cron));
    }
}

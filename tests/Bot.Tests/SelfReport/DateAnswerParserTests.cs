using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class DateAnswerParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("2021-01-10", "2021-01-10")]
    [InlineData("2021/1/10", "2021-01-10")]
    [InlineData("2021.1.10", "2021-01-10")]
    [InlineData("2021年1月10日", "2021-01-10")]
    [InlineData("2021年1月10号", "2021-01-10")]
    [InlineData("20210110", "2021-01-10")]
    [InlineData("２０２６－１１－２０", "2026-11-20")]
    [InlineData("11月20日", "2026-11-20")]
    [InlineData("11-20", "2026-11-20")]
    [InlineData("11/20", "2026-11-20")]
    [InlineData("十一月二十日", "2026-11-20")]
    [InlineData("1月10日", "2026-01-10")]
    [InlineData("1-10", "2026-01-10")]
    [InlineData("1/10", "2026-01-10")]
    [InlineData("12月1日", "2025-12-01")]
    [InlineData("11-26", "2025-11-26")]
    [InlineData("11-25", "2026-11-25")]
    [InlineData("今天", "2026-11-25")]
    [InlineData("today", "2026-11-25")]
    [InlineData("Today.", "2026-11-25")]
    [InlineData("昨天", "2026-11-24")]
    [InlineData("yesterday", "2026-11-24")]
    [InlineData("前天", "2026-11-23")]
    [InlineData("大前天", "2026-11-22")]
    [InlineData("3天前", "2026-11-22")]
    [InlineData("三天前", "2026-11-22")]
    [InlineData("两周前", "2026-11-11")]
    [InlineData("3 days ago", "2026-11-22")]
    [InlineData("a week ago", "2026-11-18")]
    [InlineData("Nov 20", "2026-11-20")]
    [InlineData("20 November 2025", "2025-11-20")]
    [InlineData("Dec 1st", "2025-12-01")]
    public void TryParse_ReturnsDate_WhenFormatIsSupported(string input, string expected)
    {
        Assert.True(DateAnswerParser.TryParse(input, Today, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void TryParse_TakesMostRecentLeapDay_WhenFebruary29HasNoYear()
    {
        Assert.True(DateAnswerParser.TryParse("2月29日", Today, out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("上个月")]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-01")]
    [InlineData("13/1")]
    [InlineData("0000-01-01")]
    [InlineData("99999 days ago")]
    [InlineData("明天")]
    [InlineData("2021-01-10 OR 1=1")]
    [InlineData("Smarch 10")]
    public void TryParse_ReturnsFalse_WhenNotADate(string? input)
    {
        Assert.False(DateAnswerParser.TryParse(input, Today, out _));
    }

    [Fact]
    public void TryParse_DoesNotOverflow_WhenTodayIsTheFirstRepresentableDay()
    {
        Assert.False(DateAnswerParser.TryParse("3天前", DateOnly.MinValue, out _));
        Assert.True(DateAnswerParser.TryParse("今天", DateOnly.MinValue, out var date));
        Assert.Equal(DateOnly.MinValue, date);
    }
}

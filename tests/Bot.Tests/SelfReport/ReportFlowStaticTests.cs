using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class ReportFlowStaticTests
{
    [Theory]
    [InlineData("报备")]
    [InlineData("返乡报备")]
    [InlineData("我要报备")]
    [InlineData("我想报备一下")]
    [InlineData("report")]
    [InlineData("REPORT")]
    [InlineData("I want to REPORT")]
    [InlineData("  报备！ ")]
    [InlineData("報備")]
    public void IsStartCommand_ReturnsTrue_WhenMessageAsksToReport(string text)
    {
        Assert.True(ReportFlow.IsStartCommand(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("你好")]
    [InlineData("不用报备")]
    [InlineData("取消报备")]
    [InlineData("reporter")]
    [InlineData("I don't want to report")]
    public void IsStartCommand_ReturnsFalse_WhenMessageDoesNotAskToReport(string? text)
    {
        Assert.False(ReportFlow.IsStartCommand(text));
    }

    [Fact]
    public void IsStartCommand_ReturnsFalse_WhenMessageIsHuge()
    {
        Assert.False(ReportFlow.IsStartCommand(new string('x', 10_000) + "报备"));
    }

    [Theory]
    [InlineData("报备", "en-US", ReportLanguage.English)]
    [InlineData("报备", "EN", ReportLanguage.English)]
    [InlineData("I want to report", "zh-CN", ReportLanguage.English)]
    [InlineData("I want to report", null, ReportLanguage.English)]
    [InlineData("report 报备", null, ReportLanguage.English)]
    [InlineData("我要报备 ok", null, ReportLanguage.Chinese)]
    [InlineData("报备", "zh-CN", ReportLanguage.Chinese)]
    [InlineData(null, null, ReportLanguage.Chinese)]
    [InlineData("123", null, ReportLanguage.Chinese)]
    public void DetectLanguage_ChoosesLanguage_WhenLocaleOrTextSuggestsIt(string? text, string? locale, ReportLanguage expected)
    {
        Assert.Equal(expected, ReportFlow.DetectLanguage(text, locale));
    }
}

using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class YesNoParserTests
{
    [Theory]
    [InlineData("有")]
    [InlineData("是")]
    [InlineData("是的。")]
    [InlineData("yes")]
    [InlineData("YES!")]
    [InlineData("y")]
    public void Parse_ReturnsTrue_WhenAnswerMeansYes(string input)
    {
        Assert.True(YesNoParser.Parse(input));
    }

    [Theory]
    [InlineData("无")]
    [InlineData("没有")]
    [InlineData("没有。")]
    [InlineData("否")]
    [InlineData("no")]
    [InlineData("N")]
    [InlineData("都没有")]
    public void Parse_ReturnsFalse_WhenAnswerMeansNo(string input)
    {
        Assert.False(YesNoParser.Parse(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("可能有")]
    [InlineData("maybe")]
    [InlineData("有没有")]
    public void Parse_ReturnsNull_WhenAnswerIsNeither(string? input)
    {
        Assert.Null(YesNoParser.Parse(input));
        Assert.False(YesNoParser.TryParse(input, out _));
    }
}

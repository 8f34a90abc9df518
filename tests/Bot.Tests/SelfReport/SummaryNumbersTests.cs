using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class SummaryNumbersTests
{
    [Theory]
    [InlineData(1, ReportStep.Name)]
    [InlineData(2, ReportStep.Phone)]
    [InlineData(3, ReportStep.Community)]
    [InlineData(4, ReportStep.Home)]
    [InlineData(5, ReportStep.Origin)]
    [InlineData(6, ReportStep.Departure)]
    [InlineData(7, ReportStep.Arrival)]
    [InlineData(8, ReportStep.Travel)]
    [InlineData(9, ReportStep.Health)]
    public void StepFor_ReturnsFixedStep_WhenCommunityIsNotBound(int number, ReportStep step)
    {
        Assert.Equal(step, SummaryNumbers.StepFor(number, communityBound: false));
        Assert.Equal(number, SummaryNumbers.NumberOf(step));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void StepFor_ReturnsNull_WhenNumberIsOutOfRange(int number)
    {
        Assert.Null(SummaryNumbers.StepFor(number, communityBound: false));
    }

    [Fact]
    public void StepFor_ReturnsNullForCommunity_WhenCommunityIsBound()
    {
        Assert.Null(SummaryNumbers.StepFor(SummaryNumbers.Community, communityBound: true));
        Assert.Equal(ReportStep.Origin, SummaryNumbers.StepFor(SummaryNumbers.Origin, communityBound: true));
        Assert.DoesNotContain(SummaryNumbers.Community, SummaryNumbers.Shown(communityBound: true));
    }
}

using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class PhoneRuleTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData(" 138 1234 5678 ")]
    [InlineData("138-1234-5678")]
    [InlineData("１３８１２３４５６７８")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("8613812345678")]
    [InlineData("008613812345678")]
    [InlineData("(+86) 138-1234-5678")]
    [InlineData("138\u200B1234\u202E5678")]
    public void TryNormalize_ReturnsElevenDigits_WhenNumberIsAMainlandMobile(string input)
    {
        Assert.True(PhoneRule.TryNormalize(input, out var phone));
        Assert.Equal("13812345678", phone);
    }

    [Theory]
    [InlineData("19912345678")]
    [InlineData("16612345678")]
    public void TryNormalize_Accepts_WhenPrefixIsInThirteenToNineteenRange(string input)
    {
        Assert.True(PhoneRule.IsValid(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("12812345678")]
    [InlineData("23812345678")]
    [InlineData("010-61234567")]
    [InlineData("1381234567a")]
    [InlineData("138+12345678")]
    [InlineData("8713812345678")]
    [InlineData("' OR 1=1 --")]
    public void TryNormalize_ReturnsFalse_WhenNotAMainlandMobile(string? input)
    {
        Assert.False(PhoneRule.TryNormalize(input, out var phone));
        Assert.Null(phone);
    }
}

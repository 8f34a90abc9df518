using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class NameRuleTests
{
    [Theory]
    [InlineData("张三", "张三")]
    [InlineData("  欧阳娜娜  ", "欧阳娜娜")]
    [InlineData("阿卜杜拉·买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉 · 买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉•买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉・买买提", "阿卜杜拉·买买提")]
    [InlineData("Li Lei", "Li Lei")]
    [InlineData("张 三", "张三")]
    [InlineData("张三 Lei", "张三 Lei")]
    [InlineData("Li   Lei", "Li Lei")]
    [InlineData("Ｌｉ Ｌｅｉ", "Li Lei")]
    [InlineData("José Núñez", "José Núñez")]
    [InlineData("李\u200FLei", "李Lei")]
    [InlineData("𠮷野家", "𠮷野家")]
    public void TryNormalize_ReturnsCleanName_WhenNameIsAcceptable(string input, string expected)
    {
        Assert.True(NameRule.TryNormalize(input, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("张")]
    [InlineData("A")]
    [InlineData("张三3")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Robert'); DROP TABLE reports;--")]
    [InlineData("**张三**")]
    [InlineData("张三😀")]
    [InlineData("·张三")]
    [InlineData("张三·")]
    [InlineData("张··三")]
    [InlineData("Li  · Lei ·")]
    [InlineData("abcdefghijklmnopqrstu")]
    [InlineData("Анна")]
    public void TryNormalize_ReturnsFalse_WhenNameIsNotAcceptable(string? input)
    {
        Assert.False(NameRule.TryNormalize(input, out var name));
        Assert.Null(name);
    }

    [Fact]
    public void TryNormalize_AcceptsExactlyTwentyCharacters_WhenAtTheLimit()
    {
        Assert.True(NameRule.IsValid(new string('a', NameRule.MaxLength)));
        Assert.False(NameRule.IsValid(new string('a', NameRule.MaxLength + 1)));
    }

    [Fact]
    public void TryNormalize_ReturnsFalse_WhenInputIsHuge()
    {
        Assert.False(NameRule.IsValid(new string('张', 10_000)));
    }
}

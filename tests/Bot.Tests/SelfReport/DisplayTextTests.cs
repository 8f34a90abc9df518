using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class DisplayTextTests
{
    [Fact]
    public void Sanitize_RemovesControlAndDirectionCharacters_WhenTextContainsThem()
    {
        Assert.Equal("abc def", DisplayText.Sanitize("a\u0000b\u202Ec\u200F\r\n\tdef\u0007"));
    }

    [Fact]
    public void Sanitize_CapsLengthWithEllipsis_WhenTextIsLong()
    {
        var result = DisplayText.Sanitize(new string('长', 10_000));

        Assert.Equal(DisplayText.DefaultMaxLength, result.Length);
        Assert.EndsWith("…", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_KeepsEmojiWhole_WhenCutNextToOne()
    {
        var result = DisplayText.Sanitize("ab😀😀", 3);

        Assert.Equal("ab…", result);
        Assert.Equal("ab😀", DisplayText.Sanitize("ab😀", 3));
    }

    [Fact]
    public void Sanitize_DropsBrokenSurrogates_WhenTextHasThem()
    {
        Assert.Equal("ab", DisplayText.Sanitize("a\uD800b\uDC00"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u200B\u200E")]
    public void Sanitize_ReturnsEmpty_WhenNothingVisibleRemains(string? input)
    {
        Assert.Equal(string.Empty, DisplayText.Sanitize(input));
    }
}

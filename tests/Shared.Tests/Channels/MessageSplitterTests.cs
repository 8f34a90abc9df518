using CommunityNotices.Channels;
using System.Globalization;
using System.Text;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class MessageSplitterTests
{
    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// Every part fits, none is blank, each is a verbatim slice of the original, in order, and only whitespace
    /// (the separators dropped at cuts) lies between consecutive parts.
    /// </summary>
    private static void AssertFaithfulSplit(string text, int maxBytes, IReadOnlyList<string> parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            Assert.True(Bytes(part) <= maxBytes, $"part of {Bytes(part)} bytes exceeds {maxBytes}");
            Assert.False(string.IsNullOrWhiteSpace(part));
            var found = text.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(found >= 0, "part is not a verbatim slice of the text");
            Assert.True(string.IsNullOrWhiteSpace(text[position..found]), "non-whitespace text was dropped between parts");
            position = found + part.Length;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[position..]), "the end of the text was dropped");
    }

    [Fact]
    public void Split_ReturnsWholeText_WhenItFits()
    {
        Assert.Equal(["停水通知"], MessageSplitter.Split("停水通知", 12));
    }

    [Fact]
    public void Split_ReturnsOnePart_WhenTextIsExactlyMaxBytes()
    {
        var text = new string('水', 10); // 30 bytes

        Assert.Equal([text], MessageSplitter.Split(text, 30));
        Assert.Equal([new string('水', 9), "水"], MessageSplitter.Split(text, 29));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n \t ")]
    public void Split_ReturnsNoParts_WhenTextIsBlank(string text)
    {
        Assert.Empty(MessageSplitter.Split(text, 100));
    }

    [Fact]
    public void Split_CutsAtBlankLines_WhenParagraphsFitSeparately()
    {
        var text = "第一段第一行\n第一段第二行\n\n第二段\n\n\n第三段";

        var parts = MessageSplitter.Split(text, Bytes("第一段第一行\n第一段第二行"));

        Assert.Equal(["第一段第一行\n第一段第二行", "第二段\n\n\n第三段"], parts);
        AssertFaithfulSplit(text, Bytes("第一段第一行\n第一段第二行"), parts);
    }

    [Fact]
    public void Split_PacksSeveralParagraphs_WhenTheyFitTogether()
    {
        var parts = MessageSplitter.Split("aa\n\nbb\n\ncc\n\ndd", 6);

        Assert.Equal(["aa\n\nbb", "cc\n\ndd"], parts);
    }

    [Fact]
    public void Split_CutsAtLineEnds_WhenOneParagraphIsTooLong()
    {
        var text = "一号楼\n二号楼\n三号楼";

        var parts = MessageSplitter.Split(text, Bytes("一号楼\n二号楼"));

        Assert.Equal(["一号楼\n二号楼", "三号楼"], parts);
    }

    [Fact]
    public void Split_KeepsCrLfInsideParts_WhenTextUsesWindowsLineEnds()
    {
        var parts = MessageSplitter.Split("ab\r\ncd\r\n\r\nef", 6);

        Assert.Equal(["ab\r\ncd", "ef"], parts);
    }

    [Fact]
    public void Split_CutsBetweenCharacters_WhenSingleChineseLineIsTooLong()
    {
        var text = new string('电', 7); // 21 bytes, 3 per character

        var parts = MessageSplitter.Split(text, 10);

        Assert.Equal(["电电电", "电电电", "电"], parts);
    }

    [Fact]
    public void Split_NeverSplitsSurrogatePair_WhenEmojiStraddlesTheLimit()
    {
        var text = "ab😀cd"; // 😀 is 4 bytes and two UTF-16 units

        var parts = MessageSplitter.Split(text, 5);

        Assert.Equal(["ab", "😀c", "d"], parts);
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1])));
    }

    [Fact]
    public void Split_KeepsCombiningSequenceTogether_WhenCutWouldFallInside()
    {
        var text = "ae\u0301\u0301z"; // e + two combining acute accents: one text element of 5 bytes

        var parts = MessageSplitter.Split(text, 5);

        Assert.Equal(["a", "e\u0301\u0301", "z"], parts);
    }

    [Fact]
    public void Split_KeepsEmojiZwjSequenceTogether_WhenItFits()
    {
        const string family = "👨‍👩‍👧"; // 18 bytes
        var text = "好" + family + "好";

        var parts = MessageSplitter.Split(text, 20);

        Assert.Equal(["好", family, "好"], parts);
    }

    [Fact]
    public void Split_CutsBetweenCodePoints_WhenOneTextElementExceedsTheLimit()
    {
        const string family = "👨‍👩‍👧"; // 18 bytes: man, ZWJ, woman, ZWJ, girl

        var parts = MessageSplitter.Split(family, 8);

        Assert.All(parts, part => Assert.True(Bytes(part) <= 8));
        Assert.Equal(family, string.Concat(parts));
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1])));
    }

    [Fact]
    public void Split_SplitsRealisticNotice_WithinWeComTextLimit()
    {
        var paragraph = string.Concat(Enumerable.Repeat("因小区供水管网改造，", 30)); // 900 bytes
        var text = "# 停水通知\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 5)) + "\n\n物业服务中心";

        var parts = MessageSplitter.Split(text, 2048);

        Assert.Equal(3, parts.Count);
        AssertFaithfulSplit(text, 2048, parts);
    }

    [Fact]
    public void Split_NumbersEveryPartWithinLimit_WhenNumberingRequested()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"第{i}段内容"));

        var parts = MessageSplitter.Split(text, 40, numberParts: true);

        Assert.True(parts.Count > 1);
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.EndsWith($"\n\n({i + 1}/{parts.Count})", parts[i], StringComparison.Ordinal);
            Assert.True(Bytes(parts[i]) <= 40);
        }
    }

    [Fact]
    public void Split_ReservesRoomForTwoDigitCounts_WhenThereAreTenOrMoreParts()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 30).Select(_ => "abcdefgh"));

        var parts = MessageSplitter.Split(text, 20, numberParts: true);

        Assert.True(parts.Count >= 10);
        Assert.All(parts, part => Assert.True(Bytes(part) <= 20));
        Assert.EndsWith($"({parts.Count}/{parts.Count})", parts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_DoesNotNumber_WhenTextFitsInOnePart()
    {
        Assert.Equal(["短消息"], MessageSplitter.Split("短消息", 100, numberParts: true));
    }

    [Fact]
    public void Split_Throws_WhenLimitCannotHoldACharacter()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageSplitter.Split("abc", 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageSplitter.Split("abcdefghijkl", 8, numberParts: true));
    }

    [Fact]
    public void Split_KeepsEveryPartFaithful_ForManyGeneratedTexts()
    {
        string[] pieces = ["停水", "通知", "a", "bc", " ", "\n", "\n\n", "\r\n", "😀", "👨‍👩‍👧", "e\u0301", "。", "🇨🇳", "\t", "12345"];
        var random = new Random(20250301);
        for (var round = 0; round < 500; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 120);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            var maxBytes = random.Next(MessageSplitter.MinMaxBytes, 80);

            var parts = MessageSplitter.Split(text, maxBytes);

            AssertFaithfulSplit(text, maxBytes, parts);
            Assert.Equal(
                StripWhitespace(text),
                StripWhitespace(string.Concat(parts)));
        }
    }

    private static string StripWhitespace(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c.ToString(CultureInfo.InvariantCulture)));
}

using CommunityNotices.Channels;
namespace CommunityNotices.Shared.Tests.Channels;

public sealed class MarkdownTextTests
{
    private const string Sample = """
        # 停水通知

        因管道检修，**明天 9:00-17:00** 停水，*请提前储水*。
        详情见[物业公告](https://example.org/notice/1)。

        - 1 号楼
        - 2 号楼
          - 2 单元

        1. 关闭阀门
        2. 储水

        > 如有疑问请联系物业

        ~~原定周六~~ 改为周日

        ![水管图](https://example.org/pipe.png)

        ---

        | 楼栋 | 时间 |
        |------|------|
        | 1 号 | 上午 |

        `代码` 与 <font color="warning">重要</font> <span>标签</span> &amp; 实体
        """;

    [Fact]
    public void ToPlain_StripsMarkupAndKeepsWords_WhenGivenTypicalNotice()
    {
        Assert.Equal(
            """
            停水通知

            因管道检修，明天 9:00-17:00 停水，请提前储水。
            详情见物业公告 (https://example.org/notice/1)。

            • 1 号楼
            • 2 号楼
              • 2 单元

            1. 关闭阀门
            2. 储水

            > 如有疑问请联系物业

            原定周六 改为周日

            水管图 (https://example.org/pipe.png)

            ——————

            楼栋 | 时间
            1 号 | 上午

            代码 与 重要 标签 & 实体
            """,
            MarkdownText.ToPlain(Sample));
    }

    [Fact]
    public void ForWeCom_KeepsSupportedSubsetAndRewritesTheRest_WhenGivenTypicalNotice()
    {
        Assert.Equal(
            """
            # 停水通知

            因管道检修，**明天 9:00-17:00** 停水，请提前储水。
            详情见[物业公告](https://example.org/notice/1)。

            • 1 号楼
            • 2 号楼
              • 2 单元

            1. 关闭阀门
            2. 储水

            > 如有疑问请联系物业

            原定周六 改为周日

            [水管图](https://example.org/pipe.png)

            ——————

            楼栋 | 时间
            1 号 | 上午

            `代码` 与 <font color="warning">重要</font> 标签 & 实体
            """,
            MarkdownText.ForWeCom(Sample));
    }

    [Fact]
    public void ForDingTalk_UsesHardBreaksDashBulletsAndImages_WhenGivenTypicalNotice()
    {
        Assert.Equal(
            "# 停水通知\n\n"
            + "因管道检修，**明天 9:00-17:00** 停水，*请提前储水*。  \n详情见[物业公告](https://example.org/notice/1)。\n\n"
            + "- 1 号楼\n- 2 号楼\n  - 2 单元\n\n"
            + "1. 关闭阀门\n2. 储水\n\n"
            + "> 如有疑问请联系物业\n\n"
            + "原定周六 改为周日\n\n"
            + "![水管图](https://example.org/pipe.png)\n\n"
            + "——————\n\n"
            + "楼栋 | 时间  \n1 号 | 上午\n\n"
            + "代码 与 重要 标签 & 实体",
            MarkdownText.ForDingTalk(Sample));
    }

    [Fact]
    public void ForFeishu_BoldsHeadingsKeepsStrikethroughAndEscapesTags_WhenGivenTypicalNotice()
    {
        Assert.Equal(
            """
            **停水通知**

            因管道检修，**明天 9:00-17:00** 停水，*请提前储水*。
            详情见[物业公告](https://example.org/notice/1)。

            • 1 号楼
            • 2 号楼
              • 2 单元

            1. 关闭阀门
            2. 储水

            > 如有疑问请联系物业

            ~~原定周六~~ 改为周日

            [水管图](https://example.org/pipe.png)

            ——————

            楼栋 | 时间
            1 号 | 上午

            `代码` 与 重要 标签 & 实体
            """,
            MarkdownText.ForFeishu(Sample));
    }

    [Fact]
    public void ForFeishu_NeutralisesAtAllTag_WhenTextContainsOne()
    {
        var converted = MarkdownText.ForFeishu("请注意 \\<at id=all\\>\\</at\\> 3 < 5");

        Assert.DoesNotContain("<", converted, StringComparison.Ordinal);
        Assert.Contains("&#60;at id=all&#62;", converted, StringComparison.Ordinal);
    }

    [Fact]
    public void ForWeCom_DropsOtherHtml_WhenNotAFontColourTag()
    {
        Assert.Equal("点击 这里", MarkdownText.ForWeCom("点击 <a href=\"https://x.example\">这里</a>"));
        Assert.Equal("<font color=\"info\">完成</font>", MarkdownText.ForWeCom("<font color=\"info\">完成</font>"));
        Assert.Equal("红色", MarkdownText.ForWeCom("<font color=\"red\">红色</font>"));
        Assert.Equal("<font color=\"comment\">未闭合</font>", MarkdownText.ForWeCom("<font color=\"comment\">未闭合"));
    }

    [Theory]
    [InlineData("[官网](https://example.org)", "官网 (https://example.org)")]
    [InlineData("[https://example.org](https://example.org)", "https://example.org")]
    [InlineData("<https://example.org/a>", "https://example.org/a")]
    [InlineData("<wuye@example.org>", "wuye@example.org")]
    [InlineData("[相对链接](/notice/1)", "相对链接")]
    [InlineData("[脚本](javascript:alert(1))", "脚本")]
    [InlineData("![](https://example.org/a.png)", "https://example.org/a.png")]
    public void ToPlain_RendersLinksAsTextAndUrl_WhenTheyAreWebLinks(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownText.ToPlain(markdown));
    }

    [Fact]
    public void ForWeCom_EscapesParenthesesInUrl_WhenLinkTargetHasThem()
    {
        Assert.Equal("[维基](https://example.org/a_%28b%29)", MarkdownText.ForWeCom("[维基](<https://example.org/a_(b)>)"));
    }

    [Fact]
    public void ToPlain_KeepsLineBreaks_WhenAuthorTypedSingleNewlines()
    {
        Assert.Equal("第一行\n第二行\n第三行", MarkdownText.ToPlain("第一行\n第二行  \n第三行"));
    }

    [Fact]
    public void ToPlain_KeepsCodeBlockLines_WhenFenced()
    {
        Assert.Equal("前\n\nA=1\nB=2\n\n后", MarkdownText.ToPlain("前\n\n```\nA=1\nB=2\n```\n\n后"));
    }

    [Fact]
    public void ToPlain_StartsOrderedListAtAuthorsNumber_WhenListDoesNotStartAtOne()
    {
        Assert.Equal("3. 三\n4. 四", MarkdownText.ToPlain("3. 三\n4. 四"));
    }

    [Fact]
    public void ToPlain_IndentsContinuationLines_WhenListItemHasSeveralLines()
    {
        Assert.Equal("• 第一项\n  续行", MarkdownText.ToPlain("- 第一项\n  续行"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Conversions_ReturnEmpty_WhenMarkdownIsBlank(string markdown)
    {
        Assert.Equal(string.Empty, MarkdownText.ToPlain(markdown));
        Assert.Equal(string.Empty, MarkdownText.ForWeCom(markdown));
        Assert.Equal(string.Empty, MarkdownText.ForDingTalk(markdown));
        Assert.Equal(string.Empty, MarkdownText.ForFeishu(markdown));
    }

    [Fact]
    public void Conversions_KeepEmojiAndChinese_WhenTextHasNoMarkup()
    {
        const string text = "电梯恢复运行 🎉👨‍👩‍👧";

        Assert.Equal(text, MarkdownText.ToPlain(text));
        Assert.Equal(text, MarkdownText.ForWeCom(text));
        Assert.Equal(text, MarkdownText.ForDingTalk(text));
        Assert.Equal(text, MarkdownText.ForFeishu(text));
    }

    [Fact]
    public void ToPlain_Throws_WhenMarkdownIsNull()
    {
        Assert.Throws<ArgumentNullException>(() => MarkdownText.ToPlain(null!));
    }
}

using CommunityNotices.Schedules;
using System.Text;

namespace CommunityNotices.Shared.Tests.Schedules;

public class CheckInReplyParserTests
{
    [Fact]
    public void Parse_ReturnsTemperatureOnly_WhenReplyIsBareNumber()
    {
        var reply = CheckInReplyParser.Parse("36.5");

        Assert.Equal(36.5m, reply.Temperature);
        Assert.Null(reply.Symptoms);
        Assert.Empty(reply.SymptomWords);
        Assert.True(reply.Valid);
        Assert.Null(reply.Problem);
        Assert.False(reply.IsFever);
        Assert.False(reply.NeedsAlert);
    }

    [Theory]
    [InlineData("36.8 无症状", 36.8)]
    [InlineData("36.6度 正常", 36.6)]
    [InlineData("体温36.4，没有不适", 36.4)]
    [InlineData("36.7 没有症状", 36.7)]
    [InlineData("36.5℃ 无不适", 36.5)]
    [InlineData("36.5 no symptoms", 36.5)]
    [InlineData("36.5 无", 36.5)]
    [InlineData("36.2 一切正常", 36.2)]
    [InlineData("体温：36.3 咳嗽：无 发热：无", 36.3)]
    [InlineData("36.5 没有咳嗽和发热", 36.5)]
    [InlineData("36.5 无咳嗽、乏力、腹泻", 36.5)]
    [InlineData("36.5 味觉嗅觉正常", 36.5)]
    [InlineData("36.5 没有任何症状", 36.5)]
    [InlineData("36.6 i don't have a cough", 36.6)]
    [InlineData("36.6 no cough or fever", 36.6)]
    [InlineData("36.4 不咳嗽 不发烧", 36.4)]
    [InlineData("36.4 症状：无", 36.4)]
    [InlineData("36.4 没事", 36.4)]
    [InlineData("36.4, all good", 36.4)]
    [InlineData("36.4 none", 36.4)]
    public void Parse_ReportsNoSymptoms_WhenReplyDeniesThem(string text, double temperature)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.True(reply.Valid, reply.Problem);
        Assert.Equal((decimal)temperature, reply.Temperature);
        Assert.False(reply.Symptoms);
        Assert.Empty(reply.SymptomWords);
        Assert.False(reply.NeedsAlert);
    }

    [Theory]
    [InlineData("37.5 咳嗽", 37.5, new[] { "咳嗽" })]
    [InlineData("36.5 咳嗽 流鼻涕", 36.5, new[] { "咳嗽", "流涕" })]
    [InlineData("36.9 嗓子疼，头疼", 36.9, new[] { "嗓子疼", "头痛" })]
    [InlineData("36.5 有点咳", 36.5, new[] { "咳嗽" })]
    [InlineData("体温不高 36.8 咳嗽", 36.8, new[] { "咳嗽" })]
    [InlineData("36.5 没有发热但是咳嗽", 36.5, new[] { "咳嗽" })]
    [InlineData("36.5 发热：无，咳嗽：有", 36.5, new[] { "咳嗽" })]
    [InlineData("36.5 没有味觉", 36.5, new[] { "味觉" })]
    [InlineData("36.5 嗅觉减退", 36.5, new[] { "嗅觉" })]
    [InlineData("36.5 呼吸困难 鼻塞 腹泻 乏力 咽痛", 36.5, new[] { "呼吸困难", "鼻塞", "腹泻", "乏力", "咽痛" })]
    [InlineData("36.9 sore throat and a runny nose", 36.9, new[] { "sore throat", "runny nose" })]
    [InlineData("36.6 Coughing, feel unwell", 36.6, new[] { "cough", "unwell" })]
    [InlineData("36.6 不舒服", 36.6, new[] { "不适" })]
    [InlineData("36.6 味觉没有了", 36.6, new[] { "味觉" })]
    [InlineData("36.6 咳嗽 没有发热", 36.6, new[] { "咳嗽" })]
    [InlineData("36.6 咳嗽，其他正常", 36.6, new[] { "咳嗽" })]
    [InlineData("36.6 no fever but coughing", 36.6, new[] { "cough" })]
    public void Parse_ListsSymptoms_WhenReplyReportsThem(string text, double temperature, string[] words)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.True(reply.Valid, reply.Problem);
        Assert.Equal((decimal)temperature, reply.Temperature);
        Assert.True(reply.Symptoms);
        Assert.Equal(words, reply.SymptomWords);
        Assert.True(reply.NeedsAlert);
    }

    [Theory]
    [InlineData("37.3", true)]
    [InlineData("37.2", false)]
    [InlineData("37.29", false)]
    [InlineData("38", true)]
    public void IsFever_UsesInclusiveThreshold_WhenTemperatureIsNear37Point3(string text, bool fever)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.Equal(fever, reply.IsFever);
        Assert.Equal(fever, reply.NeedsAlert);
    }

    [Theory]
    [InlineData("３６.５", 36.5)]
    [InlineData("３６．５", 36.5)]
    [InlineData("３６。５", 36.5)]
    [InlineData("36,5", 36.5)]
    [InlineData("36,5 无症状", 36.5)]
    [InlineData("36度5", 36.5)]
    [InlineData("体温:37", 37.0)]
    [InlineData("T 36.55", 36.55)]
    [InlineData("36.5°C", 36.5)]
    [InlineData("36.5 ° c", 36.5)]
    [InlineData("36.5摄氏度", 36.5)]
    [InlineData("3号楼 36.6", 36.6)]
    [InlineData("早36.5 晚37.6", 37.6)]
    public void Parse_ReadsCelsius_WhenWrittenInEveryday(string text, double temperature)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.True(reply.Valid, reply.Problem);
        Assert.Equal((decimal)temperature, reply.Temperature);
    }

    [Theory]
    [InlineData("98.6", 37.0)]
    [InlineData("98.6F", 37.0)]
    [InlineData("98.6 °F", 37.0)]
    [InlineData("100.4℉", 38.0)]
    [InlineData("华氏99.5度", 37.5)]
    [InlineData("97", 36.1)]
    [InlineData("106", 41.1)]
    [InlineData("99.1 fahrenheit", 37.3)]
    public void Parse_ConvertsToCelsius_WhenReadingIsFahrenheit(string text, double celsius)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.True(reply.Valid, reply.Problem);
        Assert.Equal((decimal)celsius, reply.Temperature);
    }

    [Theory]
    [InlineData("33", "33")]
    [InlineData("43.5", "43.5")]
    [InlineData("120", "120")]
    [InlineData("365", "365")]
    [InlineData("5", "5")]
    [InlineData("体温 3.65", "3.65")]
    [InlineData("45 咳嗽", "45")]
    [InlineData("36.5F", "36.5")]
    [InlineData("13800138000", "13800138000")]
    public void Parse_ExplainsProblem_WhenTemperatureIsAbsurd(string text, string shown)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.False(reply.Valid);
        Assert.Null(reply.Temperature);
        Assert.False(reply.IsFever);
        Assert.NotNull(reply.Problem);
        Assert.Contains($"{shown} is not a plausible body temperature", reply.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Parse_SaysEmpty_WhenReplyIsBlank(string? text)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.False(reply.Valid);
        Assert.Contains("empty reply", reply.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StillFlagsSymptoms_WhenTemperatureIsMissing()
    {
        var reply = CheckInReplyParser.Parse("咳嗽 发烧");

        Assert.False(reply.Valid);
        Assert.Null(reply.Temperature);
        Assert.Contains("no temperature found", reply.Problem, StringComparison.Ordinal);
        Assert.True(reply.Symptoms);
        Assert.Equal(["咳嗽", "发烧"], reply.SymptomWords);
        Assert.True(reply.NeedsAlert);
    }

    [Theory]
    [InlineData("36.5 有症状")]
    [InlineData("36.5 体温正常但身体异常")]
    public void Parse_ReportsUnnamedSymptoms_WhenReplyOnlySaysThereAreSome(string text)
    {
        var reply = CheckInReplyParser.Parse(text);

        Assert.True(reply.Symptoms);
        Assert.Empty(reply.SymptomWords);
        Assert.True(reply.NeedsAlert);
    }

    [Fact]
    public void Parse_RefusesWithoutScanning_WhenReplyIsTooLong()
    {
        var reply = CheckInReplyParser.Parse("36.5 " + new string('好', CheckInReplyParser.MaxReplyLength));

        Assert.False(reply.Valid);
        Assert.Contains("too long", reply.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeverThrowsAndKeepsInvariants_WhenGivenRandomText()
    {
        var random = new Random(37_3);
        string[] pieces =
        [
            "36", "37.5", "98.6", ".", ",", "。", "，", "度", "℃", "℉", "°", "f", "c", "无", "没有", "不", "咳嗽",
            "味觉", "正常", "症状", ":", "：", "、", "但", "no", "not", "cough", "fever", " ", "\u3000", "３", "．",
            "\uD83D\uDE37", "\uD800", "\uDC00", "\0", "\n", "9999999999999999999999999999999", "0.000000000000000001",
            "-", "+", "e", "1e9", "'", "\u200B", "体温", "华氏", "摄氏度",
        ];

        for (var i = 0; i < 5000; i++)
        {
            var text = i % 2 == 0 ? RandomChars(random) : RandomPieces(random, pieces);

            var exception = Record.Exception(() =>
            {
                var reply = CheckInReplyParser.Parse(text);

                Assert.NotNull(reply.SymptomWords);
                Assert.Equal(reply.Valid, reply.Problem is null);
                Assert.Equal(reply.Valid, reply.Temperature is not null);
                if (reply.Temperature is { } t)
                {
                    Assert.InRange(t, CheckInReplyParser.MinCelsius, CheckInReplyParser.MaxCelsius);
                }

                if (reply.Symptoms != true)
                {
                    Assert.Empty(reply.SymptomWords);
                }
            });

            Assert.True(exception is null, $"Input {Escape(text)} failed: {exception}");
        }
    }

    private static string RandomChars(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 40);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(0, 0x10000));
        }

        return builder.ToString();
    }

    private static string RandomPieces(Random random, string[] pieces)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}

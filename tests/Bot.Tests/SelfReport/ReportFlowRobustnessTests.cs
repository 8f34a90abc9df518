using CommunityNotices.Bot.SelfReport;
using System.Globalization;
using System.Text;
using CommunityNotices.Bot.Tests.SelfReport.Support;

namespace CommunityNotices.Bot.Tests.SelfReport;

/// <summary>Property-style: thousands of random and hostile messages at every step never break the flow.</summary>
public sealed class ReportFlowRobustnessTests
{
    private const int MessagesPerStep = 300;

    private static readonly string[] Hostile =
    [
        "'; DROP TABLE reports; --",
        "\" OR 1=1 --",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "**bold** _it_ [link](http://example.invalid) `code`",
        "@all 全体成员",
        "${jndi:ldap://x}",
        "{{7*7}}",
        "\u202Eevil\u202C",
        "\u200F\u200E\u200B\u2060",
        "\uD800",
        "\uDC00abc",
        "\0\0\0",
        "\r\n\t",
        "👨‍👩‍👧‍👦🏳️‍🌈",
        "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
        "١٢٣٤٥",
        "ㅤ",
    ];

    private static readonly string[] Commands =
    [
        "取消", "返回", "上一步", "退出", "cancel", "back", "修改", "修改 3", "修改 99", "edit 5", "确认", "confirm",
        "报备", "report", "同意", "不同意", "有", "没有", "1", "0", "-1", "99999999999999999999",
    ];

    public static TheoryData<ReportStep, bool> Steps()
    {
        var data = new TheoryData<ReportStep, bool>();
        foreach (var step in Enum.GetValues<ReportStep>())
        {
            data.Add(step, step != ReportStep.Community);
        }

        data.Add(ReportStep.Summary, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task HandleAsync_NeverThrowsAndAlwaysReplies_WhenMessagesAreRandomOrHostile(ReportStep step, bool bound)
    {
        var random = new Random(20261125 + ((int)step * 31) + (bound ? 1 : 0));
        var harness = new FlowHarness();
        await StartAt(harness, step, bound);

        for (var i = 0; i < MessagesPerStep; i++)
        {
            var text = NextMessage(random);
            var reply = await harness.Say(text);

            AssertWellFormed(reply, harness.Draft, text);
            if (reply.Outcome != FlowOutcome.Continue || harness.Draft.Step != step)
            {
                harness = new FlowHarness();
                await StartAt(harness, step, bound);
            }
        }
    }

    [Fact]
    public async Task HandleAsync_NeverThrows_WhenRandomMessagesWanderThroughTheWholeFlow()
    {
        var random = new Random(42);
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        for (var i = 0; i < 2000; i++)
        {
            // Mostly good answers so the walk gets deep into the flow, with noise in between.
            var text = random.Next(3) == 0 ? NextMessage(random) : FlowHarness.GoodAnswer(harness.Draft.Step, harness.Draft.Language);
            var reply = await harness.Say(text);

            AssertWellFormed(reply, harness.Draft, text);
            if (reply.Outcome != FlowOutcome.Continue)
            {
                harness.Begin(bound: random.Next(2) == 0, language: random.Next(2) == 0 ? ReportLanguage.Chinese : ReportLanguage.English);
            }
        }
    }

    [Fact]
    public void Parsers_NeverThrow_WhenGivenRandomText()
    {
        var random = new Random(7);
        var today = new DateOnly(2026, 11, 25);
        for (var i = 0; i < 3000; i++)
        {
            var text = NextMessage(random);
            NameRule.TryNormalize(text, out _);
            PhoneRule.TryNormalize(text, out _);
            Assert.NotNull(CommunityNotices.Privacy.PersonalDataMask.Phone(text));
            Assert.NotNull(CommunityNotices.Privacy.PersonalDataMask.Name(text));
            HomeAddressParser.TryParse(text, out _);
            DateAnswerParser.TryParse(text, today, out _);
            DateAnswerParser.TryParse(text, DateOnly.MinValue, out _);
            DateAnswerParser.TryParse(text, DateOnly.MaxValue, out _);
            TravelParser.TryParse(text, out _);
            YesNoParser.Parse(text);
            ReportFlow.IsStartCommand(text);
            ReportFlow.DetectLanguage(text, text);
            Assert.True(DisplayText.Sanitize(text).Length <= DisplayText.DefaultMaxLength * 2);
        }
    }

    private static async Task StartAt(FlowHarness harness, ReportStep step, bool bound)
    {
        harness.Begin(bound, step == ReportStep.Summary && !bound ? ReportLanguage.English : ReportLanguage.Chinese);
        if (step == ReportStep.OriginChoice)
        {
            await harness.AnswerUntil(ReportStep.Origin);
            await harness.Say("朝阳区");
            Assert.Equal(ReportStep.OriginChoice, harness.Draft.Step);
            return;
        }

        await harness.AnswerUntil(step);
    }

    private static void AssertWellFormed(FlowReply reply, ReportDraft draft, string? input)
    {
        var context = $"input {Describe(input)} at {draft.Step}";
        Assert.NotNull(reply);
        Assert.NotEmpty(reply.Messages);
        Assert.All(reply.Messages, m => Assert.False(string.IsNullOrWhiteSpace(m), context));
        Assert.All(reply.Buttons, b => Assert.False(string.IsNullOrWhiteSpace(b), context));
        foreach (var text in reply.Messages.Concat(reply.Buttons))
        {
            foreach (var c in text)
            {
                var category = char.GetUnicodeCategory(c);
                Assert.False(category is UnicodeCategory.Control && c != '\n', $"control U+{(int)c:X4} echoed for {context}");
                Assert.False(category is UnicodeCategory.Format, $"format U+{(int)c:X4} echoed for {context}");
            }
        }

        Assert.True(Enum.IsDefined(draft.Step), context);
        Assert.InRange(draft.InvalidAnswers, 0, MessagesPerStep + 1);
        Assert.InRange(draft.History.Count, 0, 50);
        if (reply.Outcome is FlowOutcome.Cancelled or FlowOutcome.Declined or FlowOutcome.Expired)
        {
            Assert.Null(draft.Name);
            Assert.Null(draft.Phone);
        }
    }

    private static string? NextMessage(Random random)
    {
        return random.Next(12) switch
        {
            0 => null,
            1 => new string(' ', random.Next(0, 5)) + new string('\t', random.Next(0, 3)),
            2 => Hostile[random.Next(Hostile.Length)],
            3 => Commands[random.Next(Commands.Length)],
            4 => Noise(random) + Commands[random.Next(Commands.Length)] + Noise(random),
            5 => new string((char)random.Next(0x4E00, 0x9FFF), random.Next(9_000, 10_001)),
            6 => RandomUnicode(random, random.Next(10_000, 10_050)),
            7 => FlowHarness.GoodAnswer((ReportStep)random.Next(12)) + Noise(random),
            8 => Noise(random) + FlowHarness.GoodAnswer((ReportStep)random.Next(12)),
            9 => random.NextInt64().ToString(CultureInfo.InvariantCulture),
            _ => RandomUnicode(random, random.Next(1, 40)),
        };
    }

    private static string Noise(Random random) =>
        random.Next(3) switch
        {
            0 => string.Empty,
            1 => RandomUnicode(random, random.Next(1, 4)),
            _ => Hostile[random.Next(Hostile.Length)],
        };

    /// <summary>Any UTF-16 code unit, lone surrogates and controls included, plus astral characters.</summary>
    private static string RandomUnicode(Random random, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            switch (random.Next(5))
            {
                case 0:
                    builder.Append((char)random.Next(0, 0x20));
                    break;
                case 1:
                    builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
                    break;
                case 2:
                    builder.Append((char)random.Next(0x2000, 0x2070));
                    break;
                default:
                    builder.Append((char)random.Next(0, 0x10000));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Describe(string? input) =>
        input is null ? "null" : string.Concat(input.Take(40).Select(c => $"\\u{(int)c:X4}"));
}

using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport.Support;

/// <summary>A flow wired to fakes, holding one draft, with helpers to walk it to any step.</summary>
internal sealed class FlowHarness
{
    // 10:00 in Beijing on 2026-11-25.
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 25);

    public FlowHarness(ReportFlowOptions? options = null, DateTimeOffset? now = null)
    {
        Clock = new ManualClock(now ?? Start);
        Options = options ?? new ReportFlowOptions();
        Flow = new ReportFlow(Origins, Communities, Clock, Options);
    }

    public ManualClock Clock { get; }

    public ReportFlowOptions Options { get; }

    public FakeOriginResolver Origins { get; } = new();

    public FakeCommunityDirectory Communities { get; } = new();

    public ReportFlow Flow { get; }

    public ReportDraft Draft { get; private set; } = new();

    public FlowReply Begin(bool bound = true, ReportLanguage language = ReportLanguage.Chinese)
    {
        Draft = Flow.Begin(language, bound ? FakeCommunityDirectory.SunshineGarden : null);
        return Flow.Prompt(Draft);
    }

    public Task<FlowReply> Say(string? text) => Flow.HandleAsync(Draft, text, TestContext.Current.CancellationToken);

    /// <summary>Answers every question correctly until the draft waits at <paramref name="step"/>.</summary>
    public async Task<FlowReply> AnswerUntil(ReportStep step)
    {
        var reply = Flow.Prompt(Draft);
        for (var guard = 0; Draft.Step != step; guard++)
        {
            Assert.True(guard < 20, $"Never reached {step}; stuck at {Draft.Step}.");
            reply = await Say(GoodAnswer(Draft.Step, Draft.Language));
            Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        }

        return reply;
    }

    public static string GoodAnswer(ReportStep step, ReportLanguage language = ReportLanguage.Chinese)
    {
        var english = language == ReportLanguage.English;
        return step switch
        {
            ReportStep.Consent => english ? "Agree" : "同意",
            ReportStep.Name => english ? "Li Lei" : "张三",
            ReportStep.Phone => "13812345678",
            ReportStep.Community => "阳光花园",
            ReportStep.Home => english ? "5-2-301" : "5号楼2单元301",
            ReportStep.Origin => english ? "Pudong, Shanghai" : "北京市顺义区赵全营镇",
            ReportStep.OriginChoice => "1",
            ReportStep.Departure => english ? "2026-11-20" : "11月20日",
            ReportStep.Arrival => english ? "yesterday" : "昨天",
            ReportStep.Travel => english ? "flight CA1234" : "高铁 G1234",
            ReportStep.Health => english ? "no" : "没有",
            _ => english ? "confirm" : "确认",
        };
    }

    public static string AllText(FlowReply reply) => string.Join("\n", reply.Messages);
}

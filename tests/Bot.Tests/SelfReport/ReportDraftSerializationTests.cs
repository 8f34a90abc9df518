using CommunityNotices.Bot.SelfReport;
using System.Text.Json;
using CommunityNotices.Bot.Tests.SelfReport.Support;

namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class ReportDraftSerializationTests
{
    [Fact]
    public async Task HandleAsync_ContinuesFromStoredDraft_WhenDraftRoundTripsThroughSystemTextJson()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);
        await harness.Say("朝阳区");

        var json = JsonSerializer.Serialize(harness.Draft);
        var restored = JsonSerializer.Deserialize<ReportDraft>(json)!;

        Assert.Equal(JsonSerializer.Serialize(restored), json);
        Assert.Equal(3, restored.OriginCandidates.Count);
        var reply = await harness.Flow.HandleAsync(restored, "1", TestContext.Current.CancellationToken);
        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        Assert.Equal(ReportStep.Departure, restored.Step);
        Assert.Equal("110105", restored.OriginCode);
    }

    [Fact]
    public async Task HandleAsync_ToleratesNullLists_WhenStoredDraftHasThem()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Name);
        var json = JsonSerializer.Serialize(harness.Draft)
            .Replace("\"History\":[]", "\"History\":null", StringComparison.Ordinal)
            .Replace("\"OriginCandidates\":[]", "\"OriginCandidates\":null", StringComparison.Ordinal);
        var restored = JsonSerializer.Deserialize<ReportDraft>(json)!;

        var back = await harness.Flow.HandleAsync(restored, "返回", TestContext.Current.CancellationToken);
        var name = await harness.Flow.HandleAsync(restored, "张三", TestContext.Current.CancellationToken);

        Assert.Equal(FlowOutcome.Continue, back.Outcome);
        Assert.Equal(FlowOutcome.Continue, name.Outcome);
        Assert.Equal(ReportStep.Phone, restored.Step);
    }
}

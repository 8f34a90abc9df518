using CommunityNotices.Bot.SelfReport;
using CommunityNotices.Bot.Tests.SelfReport.Support;

namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class ReportFlowEnglishTests
{
    [Fact]
    public async Task HandleAsync_SpeaksEnglishThroughout_WhenDraftLanguageIsEnglish()
    {
        var harness = new FlowHarness();
        var consent = harness.Begin(bound: false, language: ReportLanguage.English);
        var replies = new List<FlowReply> { consent };

        Assert.Equal(["Agree", "Disagree"], consent.Buttons);
        Assert.Contains("epidemic prevention headquarters", consent.Messages[0], StringComparison.Ordinal);
        Assert.Contains("28 days", consent.Messages[0], StringComparison.Ordinal);

        replies.Add(await harness.Say("I agree"));
        replies.Add(await harness.Say("Li Lei"));
        replies.Add(await harness.Say("+86 139 0000 1111"));
        replies.Add(await harness.Say("阳光花园"));
        replies.Add(await harness.Say("5-2-301"));
        replies.Add(await harness.Say("Pudong, Shanghai"));
        replies.Add(await harness.Say("3 days ago"));
        replies.Add(await harness.Say("Nov 20"));
        Assert.Equal(ReportStep.Arrival, harness.Draft.Step);
        replies.Add(await harness.Say("yesterday"));
        replies.Add(await harness.Say("Flight CA1234"));
        Assert.Equal(["Yes", "No"], replies[^1].Buttons);
        var summary = await harness.Say("no");
        replies.Add(summary);

        Assert.Equal(["Confirm", "Edit", "Cancel"], summary.Buttons);
        var summaryText = summary.Messages[0];
        Assert.Contains("1. Name: Li Lei", summaryText, StringComparison.Ordinal);
        Assert.Contains("2. Mobile: 13900001111", summaryText, StringComparison.Ordinal);
        Assert.Contains("3. Community: 阳光花园", summaryText, StringComparison.Ordinal);
        Assert.Contains("4. Address: Building 5, Unit 2, Room 301", summaryText, StringComparison.Ordinal);
        Assert.Contains("5. Came from: Shanghai, Pudong", summaryText, StringComparison.Ordinal);
        Assert.Contains("6. Departure date: 2026-11-22", summaryText, StringComparison.Ordinal);
        Assert.Contains("7. Arrival date: 2026-11-24", summaryText, StringComparison.Ordinal);
        Assert.Contains("8. Travel: Flight (CA1234)", summaryText, StringComparison.Ordinal);
        Assert.Contains("9. Health: No symptoms", summaryText, StringComparison.Ordinal);

        var edit = await harness.Say("edit");
        Assert.Contains("Which item", edit.Messages[0], StringComparison.Ordinal);
        await harness.Say("edit 9");
        var updated = await harness.Say("yes");
        Assert.Contains("Updated.", updated.Messages[0], StringComparison.Ordinal);
        Assert.True(harness.Draft.Symptoms);

        var done = await harness.Say("Confirm");
        replies.Add(done);

        Assert.Equal(FlowOutcome.Submitted, done.Outcome);
        Assert.Contains("submitted", done.Messages[0], StringComparison.Ordinal);
        Assert.All(replies.SelectMany(r => r.Messages.Concat(r.Buttons)), text => Assert.DoesNotContain("请", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_ExplainsInEnglish_WhenAnswerIsInvalid()
    {
        var harness = new FlowHarness();
        harness.Begin(language: ReportLanguage.English);
        await harness.AnswerUntil(ReportStep.Home);

        var reply = await harness.Say("somewhere");

        Assert.Contains("building and room number", reply.Messages[0], StringComparison.Ordinal);
        Assert.Contains("5-2-301", reply.Messages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DeclinesInEnglish_WhenConsentIsRefused()
    {
        var harness = new FlowHarness();
        harness.Begin(language: ReportLanguage.English);

        var reply = await harness.Say("Disagree");

        Assert.Equal(FlowOutcome.Declined, reply.Outcome);
        Assert.Contains("nothing was kept", reply.Messages[0], StringComparison.Ordinal);
    }
}

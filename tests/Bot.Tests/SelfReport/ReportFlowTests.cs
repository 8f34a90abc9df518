using CommunityNotices.Bot.SelfReport;
using CommunityNotices.Bot.Tests.SelfReport.Support;

namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class ReportFlowTests
{
    [Fact]
    public void Begin_StartsAtConsentWithBoundCommunity_WhenCommunityIsGiven()
    {
        var harness = new FlowHarness();

        harness.Begin(bound: true);

        var draft = harness.Draft;
        Assert.Equal(ReportStep.Consent, draft.Step);
        Assert.True(draft.CommunityBound);
        Assert.Equal(FakeCommunityDirectory.SunshineGarden.Id, draft.CommunityId);
        Assert.Equal(FlowHarness.Start, draft.StartedAt);
        Assert.Equal(FlowHarness.Start, draft.LastActivityAt);
        Assert.Null(draft.ConsentAt);
    }

    [Fact]
    public void Prompt_ExplainsWhatWhyWhoAndHowLong_WhenAskingConsent()
    {
        var harness = new FlowHarness();

        var reply = harness.Begin();

        var text = FlowHarness.AllText(reply);
        foreach (var expected in new[] { "姓名", "手机号", "住址", "出行", "健康", "疫情防控指挥部", "工作人员", "阳光花园", "28天" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(["同意", "不同意"], reply.Buttons);
        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
    }

    [Fact]
    public async Task HandleAsync_SubmitsCompleteReport_WhenHappyPathWithBoundCommunity()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);

        var summary = await harness.AnswerUntil(ReportStep.Summary);
        var submitted = await harness.Say("确认");

        var draft = harness.Draft;
        Assert.Equal(FlowOutcome.Submitted, submitted.Outcome);
        Assert.Equal("张三", draft.Name);
        Assert.Equal("13812345678", draft.Phone);
        Assert.Equal(("5", "2", "301"), (draft.Building, draft.Unit, draft.Room));
        Assert.Equal("北京市顺义区赵全营镇", draft.OriginText);
        Assert.Equal(("北京市", "北京市", "顺义区", "赵全营镇", "110113104"), (draft.OriginProvince, draft.OriginCity, draft.OriginDistrict, draft.OriginArea, draft.OriginCode));
        Assert.Equal(new DateOnly(2026, 11, 20), draft.DepartureDate);
        Assert.Equal(new DateOnly(2026, 11, 24), draft.ArrivalDate);
        Assert.Equal((TravelModes.Train, "G1234"), (draft.TravelMode, draft.TravelNumber));
        Assert.False(draft.Symptoms);
        Assert.Equal(FlowHarness.Start, draft.ConsentAt);
        Assert.Equal("2026-11", draft.ConsentVersion);
        Assert.Equal(FlowHarness.Start, draft.SubmittedAt);
        Assert.Equal(FlowHarness.Start.AddDays(28), draft.RetainUntil);
        Assert.Empty(harness.Communities.Queries);

        var summaryText = summary.Messages[0];
        Assert.Contains("1. 姓名：张三", summaryText, StringComparison.Ordinal);
        Assert.Contains("2. 手机：13812345678", summaryText, StringComparison.Ordinal);
        Assert.DoesNotContain("3. ", summaryText, StringComparison.Ordinal);
        Assert.Contains("4. 住址：5号楼2单元301室", summaryText, StringComparison.Ordinal);
        Assert.Contains("5. 出发地：北京市顺义区赵全营镇", summaryText, StringComparison.Ordinal);
        Assert.Contains("6. 出发日期：2026-11-20", summaryText, StringComparison.Ordinal);
        Assert.Contains("7. 到达日期：2026-11-24", summaryText, StringComparison.Ordinal);
        Assert.Contains("8. 交通方式：火车/高铁（G1234）", summaryText, StringComparison.Ordinal);
        Assert.Contains("9. 健康状况：无症状", summaryText, StringComparison.Ordinal);
        Assert.Equal(["确认", "修改", "取消"], summary.Buttons);
        Assert.Contains("010-61234567", FlowHarness.AllText(submitted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AsksEachQuestionInOrder_WhenAnswersAreValid()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        var seen = new List<ReportStep>();

        while (harness.Draft.Step != ReportStep.Summary)
        {
            seen.Add(harness.Draft.Step);
            var reply = await harness.Say(FlowHarness.GoodAnswer(harness.Draft.Step));
            Assert.Equal(FlowOutcome.Continue, reply.Outcome);
            Assert.NotEmpty(reply.Messages);
        }

        Assert.Equal(
            [ReportStep.Consent, ReportStep.Name, ReportStep.Phone, ReportStep.Community, ReportStep.Home, ReportStep.Origin, ReportStep.Departure, ReportStep.Arrival, ReportStep.Travel, ReportStep.Health],
            seen);
    }

    [Fact]
    public async Task HandleAsync_TakesCommunity_WhenDirectoryFindsExactlyOne()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        await harness.AnswerUntil(ReportStep.Community);

        var reply = await harness.Say("滨江");

        Assert.Equal(ReportStep.Home, harness.Draft.Step);
        Assert.Equal(FakeCommunityDirectory.RiverSide.Id, harness.Draft.CommunityId);
        Assert.Equal("滨江苑", harness.Draft.CommunityName);
        Assert.Equal("010-61234569", harness.Draft.CommunityHotline);
        Assert.Contains("5号楼2单元301", FlowHarness.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OffersChoicesThenTakesTheTappedOne_WhenDirectoryFindsSeveral()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        await harness.AnswerUntil(ReportStep.Community);

        var choices = await harness.Say("阳光");

        Assert.Equal(ReportStep.Community, harness.Draft.Step);
        Assert.Equal(["阳光花园", "阳光城"], choices.Buttons);
        Assert.Equal(0, harness.Draft.InvalidAnswers);

        harness.Communities.Communities.Add(new CommunityChoice(Guid.NewGuid(), "阳光城二期", "010-1"));
        await harness.Say("阳光城");

        Assert.Equal(ReportStep.Home, harness.Draft.Step);
        Assert.Equal(FakeCommunityDirectory.SunshineCity.Id, harness.Draft.CommunityId);
    }

    [Fact]
    public async Task HandleAsync_ShowsCommunityAsItemThree_WhenCommunityIsNotBound()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);

        var summary = await harness.AnswerUntil(ReportStep.Summary);

        Assert.Contains("3. 社区：阳光花园", summary.Messages[0], StringComparison.Ordinal);
        Assert.Equal(FlowOutcome.Submitted, (await harness.Say("确认")).Outcome);
    }

    [Fact]
    public async Task HandleAsync_ReasksCommunity_WhenDirectoryFindsNone()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        await harness.AnswerUntil(ReportStep.Community);

        var reply = await harness.Say("不存在的小区");

        Assert.Equal(ReportStep.Community, harness.Draft.Step);
        Assert.Equal(1, harness.Draft.InvalidAnswers);
        Assert.Contains("没有找到", reply.Messages[0], StringComparison.Ordinal);
        Assert.Contains("阳光花园", reply.Messages[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("不同意")]
    [InlineData("Disagree")]
    [InlineData("no")]
    [InlineData("再说吧")]
    [InlineData("同意吗？不同意")]
    public async Task HandleAsync_Declines_WhenConsentIsNotGiven(string answer)
    {
        var harness = new FlowHarness();
        harness.Begin();

        var reply = await harness.Say(answer);

        Assert.Equal(FlowOutcome.Declined, reply.Outcome);
        Assert.Contains("没有保存", reply.Messages[0], StringComparison.Ordinal);
        Assert.Null(harness.Draft.ConsentAt);
        Assert.Empty(reply.Buttons);
    }

    [Theory]
    [InlineData("同意")]
    [InlineData("同意。")]
    [InlineData("我同意")]
    [InlineData("yes")]
    [InlineData("Agree")]
    [InlineData(" 同意！ ")]
    public async Task HandleAsync_RecordsConsentAndAsksName_WhenConsentIsGiven(string answer)
    {
        var harness = new FlowHarness();
        harness.Begin();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        var reply = await harness.Say(answer);

        Assert.Equal(ReportStep.Name, harness.Draft.Step);
        Assert.Equal(FlowHarness.Start.AddMinutes(1), harness.Draft.ConsentAt);
        Assert.Equal("2026-11", harness.Draft.ConsentVersion);
        Assert.Contains("张三", FlowHarness.AllText(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u200B ")]
    public async Task HandleAsync_ReasksConsent_WhenMessageHasNoText(string? answer)
    {
        var harness = new FlowHarness();
        harness.Begin();

        var reply = await harness.Say(answer);

        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        Assert.Equal(ReportStep.Consent, harness.Draft.Step);
        Assert.Equal(["同意", "不同意"], reply.Buttons);
    }

    [Theory]
    [InlineData(ReportStep.Consent, "取消")]
    [InlineData(ReportStep.Name, "取消")]
    [InlineData(ReportStep.Phone, "退出")]
    [InlineData(ReportStep.Community, "cancel")]
    [InlineData(ReportStep.Home, "CANCEL")]
    [InlineData(ReportStep.Origin, "取消。")]
    [InlineData(ReportStep.Departure, "取消")]
    [InlineData(ReportStep.Arrival, "退出")]
    [InlineData(ReportStep.Travel, "取消")]
    [InlineData(ReportStep.Health, "cancel")]
    [InlineData(ReportStep.Summary, "取消")]
    public async Task HandleAsync_CancelsAndForgetsAnswers_WhenCancelIsSentAtAnyStep(ReportStep step, string command)
    {
        var harness = new FlowHarness();
        harness.Begin(bound: step != ReportStep.Community);
        await harness.AnswerUntil(step);

        var reply = await harness.Say(command);

        Assert.Equal(FlowOutcome.Cancelled, reply.Outcome);
        Assert.Contains("没有被保存", reply.Messages[0], StringComparison.Ordinal);
        var draft = harness.Draft;
        Assert.Null(draft.Name);
        Assert.Null(draft.Phone);
        Assert.Null(draft.Building);
        Assert.Null(draft.OriginText);
        Assert.Null(draft.DepartureDate);
        Assert.Null(draft.TravelMode);
        Assert.Null(draft.Symptoms);
        Assert.Null(draft.ConsentAt);
        Assert.Empty(draft.History);
    }

    [Fact]
    public async Task HandleAsync_CancelsInEnglish_WhenDraftIsEnglish()
    {
        var harness = new FlowHarness();
        harness.Begin(language: ReportLanguage.English);
        await harness.AnswerUntil(ReportStep.Phone);

        var reply = await harness.Say("cancel");

        Assert.Equal(FlowOutcome.Cancelled, reply.Outcome);
        Assert.Contains("nothing you entered was kept", reply.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_GoesBackOneQuestionAndReasksIt_WhenBackIsSent()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);
        await harness.AnswerUntil(ReportStep.Origin);

        var reply = await harness.Say("返回");

        Assert.Equal(ReportStep.Home, harness.Draft.Step);
        Assert.Contains("楼栋-单元-房号", FlowHarness.AllText(reply), StringComparison.Ordinal);

        await harness.Say("上一步");
        Assert.Equal(ReportStep.Phone, harness.Draft.Step);

        await harness.Say("13900001111");
        Assert.Equal(ReportStep.Home, harness.Draft.Step);
        Assert.Equal("13900001111", harness.Draft.Phone);
    }

    [Fact]
    public async Task HandleAsync_GoesBackToChoices_WhenBackIsSentAfterChoosingOrigin()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);
        await harness.Say("朝阳区");
        await harness.Say("2");

        var reply = await harness.Say("back");

        Assert.Equal(ReportStep.OriginChoice, harness.Draft.Step);
        Assert.Equal(3, reply.Buttons.Count);
        await harness.Say("back");
        Assert.Equal(ReportStep.Origin, harness.Draft.Step);
    }

    [Fact]
    public async Task HandleAsync_SaysItIsTheFirstStep_WhenBackIsSentAtTheFirstQuestion()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Name);

        var reply = await harness.Say("返回");

        Assert.Equal(ReportStep.Name, harness.Draft.Step);
        Assert.Contains("第一步", reply.Messages[0], StringComparison.Ordinal);
        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
    }

    [Fact]
    public async Task HandleAsync_ReturnsStraightToSummary_WhenEditingOneItem()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);
        await harness.AnswerUntil(ReportStep.Summary);

        var question = await harness.Say("修改 2");

        Assert.Equal(ReportStep.Phone, harness.Draft.Step);
        Assert.True(harness.Draft.ReturnToSummary);
        Assert.Contains("13812345678", FlowHarness.AllText(question), StringComparison.Ordinal);

        var summary = await harness.Say("139-0000-1111");

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.False(harness.Draft.ReturnToSummary);
        Assert.Contains("2. 手机：13900001111", FlowHarness.AllText(summary), StringComparison.Ordinal);
        Assert.Equal(FlowOutcome.Submitted, (await harness.Say("确认")).Outcome);
    }

    [Fact]
    public async Task HandleAsync_StaysOnEditedQuestion_WhenEditedAnswerIsInvalid()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);
        await harness.AnswerUntil(ReportStep.Summary);
        await harness.Say("修改 1");

        await harness.Say("x");
        Assert.Equal(ReportStep.Name, harness.Draft.Step);
        Assert.True(harness.Draft.ReturnToSummary);

        await harness.Say("李四");
        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Equal("李四", harness.Draft.Name);
    }

    [Theory]
    [InlineData("修改3", ReportStep.Community)]
    [InlineData("改 4", ReportStep.Home)]
    [InlineData("修改 5", ReportStep.Origin)]
    [InlineData("edit 6", ReportStep.Departure)]
    [InlineData("Edit 7", ReportStep.Arrival)]
    [InlineData("修改第八项", ReportStep.Travel)]
    [InlineData("9", ReportStep.Health)]
    [InlineData("修改 姓名", ReportStep.Name)]
    [InlineData("修改：手机", ReportStep.Phone)]
    [InlineData("１", ReportStep.Name)]
    public async Task HandleAsync_OpensThatItem_WhenEditCommandHasANumber(string command, ReportStep expected)
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        await harness.AnswerUntil(ReportStep.Summary);

        var reply = await harness.Say(command);

        Assert.Equal(expected, harness.Draft.Step);
        Assert.True(harness.Draft.ReturnToSummary);
        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
    }

    [Fact]
    public async Task HandleAsync_AsksWhichItem_WhenEditHasNoNumber()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);
        await harness.AnswerUntil(ReportStep.Summary);

        var which = await harness.Say("修改");

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Contains("编号", which.Messages[0], StringComparison.Ordinal);
        Assert.Equal(["1", "2", "4", "5", "6", "7", "8", "9"], which.Buttons);

        await harness.Say("4");

        Assert.Equal(ReportStep.Home, harness.Draft.Step);
        await harness.Say("6栋101");
        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Equal(("6", null, "101"), (harness.Draft.Building, harness.Draft.Unit, harness.Draft.Room));
    }

    [Theory]
    [InlineData("修改 3")]
    [InlineData("修改 10")]
    [InlineData("修改 0")]
    [InlineData("修改 abc")]
    public async Task HandleAsync_RefusesItem_WhenNumberIsNotInTheSummary(string command)
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);
        await harness.AnswerUntil(ReportStep.Summary);

        var reply = await harness.Say(command);

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Equal(1, harness.Draft.InvalidAnswers);
        Assert.Contains("1、2、4、5、6、7、8、9", reply.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReshowsSummary_WhenSummaryAnswerIsUnclear()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Summary);

        var reply = await harness.Say("嗯嗯");

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Contains("1. 姓名：张三", FlowHarness.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReturnsToSummary_WhenQuestionReachedByBackFromSummaryIsAnswered()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Summary);

        await harness.Say("返回");
        Assert.Equal(ReportStep.Health, harness.Draft.Step);
        await harness.Say("返回");
        Assert.Equal(ReportStep.Travel, harness.Draft.Step);
        await harness.Say("自驾");

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Equal(TravelModes.Car, harness.Draft.TravelMode);
        Assert.False(harness.Draft.Symptoms);
    }

    [Fact]
    public async Task HandleAsync_Expires_WhenIdleLongerThanTimeout()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Home);
        harness.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));

        var reply = await harness.Say("5号楼2单元301");

        Assert.Equal(FlowOutcome.Expired, reply.Outcome);
        Assert.Contains("30分钟", reply.Messages[0], StringComparison.Ordinal);
        Assert.Contains("报备", reply.Messages[0], StringComparison.Ordinal);
        Assert.Null(harness.Draft.Name);
        Assert.Null(harness.Draft.Building);
    }

    [Fact]
    public async Task HandleAsync_ContinuesAndTouchesDraft_WhenIdleExactlyTheTimeout()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Name);
        harness.Clock.Advance(TimeSpan.FromMinutes(30));

        var reply = await harness.Say("张三");
        harness.Clock.Advance(TimeSpan.FromMinutes(20));
        var next = await harness.Say("13812345678");

        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        Assert.Equal(FlowOutcome.Continue, next.Outcome);
        Assert.Equal(FlowHarness.Start.AddMinutes(50), harness.Draft.LastActivityAt);
    }

    [Fact]
    public async Task HandleAsync_ExpiresUsingConfiguredTimeout_WhenOptionsChangeIt()
    {
        var harness = new FlowHarness(new ReportFlowOptions { IdleTimeout = TimeSpan.FromMinutes(5) });
        harness.Begin(language: ReportLanguage.English);
        harness.Clock.Advance(TimeSpan.FromMinutes(6));

        var reply = await harness.Say("Agree");

        Assert.Equal(FlowOutcome.Expired, reply.Outcome);
        Assert.Contains("5 minutes", reply.Messages[0], StringComparison.Ordinal);
        Assert.Contains("\"report\"", reply.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OffersCandidatesAndTakesTappedLabel_WhenOriginIsAmbiguous()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);

        var choice = await harness.Say("朝阳区");

        Assert.Equal(ReportStep.OriginChoice, harness.Draft.Step);
        Assert.Equal(["北京市朝阳区", "辽宁省朝阳市", "吉林省长春市朝阳区"], choice.Buttons);
        Assert.Contains("1. 北京市朝阳区", FlowHarness.AllText(choice), StringComparison.Ordinal);

        await harness.Say("辽宁省朝阳市");

        var draft = harness.Draft;
        Assert.Equal(ReportStep.Departure, draft.Step);
        Assert.Equal("朝阳区", draft.OriginText);
        Assert.Equal("辽宁省朝阳市", draft.OriginLabel);
        Assert.Equal(("辽宁省", "朝阳市", "211300"), (draft.OriginProvince, draft.OriginCity, draft.OriginCode));
    }

    [Fact]
    public async Task HandleAsync_TakesCandidateByNumber_WhenOriginChoiceIsANumber()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);
        await harness.Say("朝阳区");

        await harness.Say("３");

        Assert.Equal(ReportStep.Departure, harness.Draft.Step);
        Assert.Equal("220104", harness.Draft.OriginCode);
    }

    [Fact]
    public async Task HandleAsync_ResolvesTypedPlace_WhenOriginChoiceIsANewPlace()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);
        await harness.Say("朝阳区");

        var invalid = await harness.Say("4");
        Assert.Equal(ReportStep.OriginChoice, harness.Draft.Step);
        Assert.Contains("编号", invalid.Messages[0], StringComparison.Ordinal);

        await harness.Say("上海市浦东新区");

        Assert.Equal(ReportStep.Departure, harness.Draft.Step);
        Assert.Equal("310115", harness.Draft.OriginCode);
        Assert.Equal("上海市浦东新区", harness.Draft.OriginLabel);
    }

    [Fact]
    public async Task HandleAsync_ReturnsToSummaryAfterChoice_WhenEditedOriginIsAmbiguous()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Summary);
        await harness.Say("修改 5");

        await harness.Say("朝阳区");
        Assert.Equal(ReportStep.OriginChoice, harness.Draft.Step);
        var summary = await harness.Say("1");

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Contains("5. 出发地：北京市朝阳区", FlowHarness.AllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReasksWithExample_WhenOriginIsUnknown()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);

        var reply = await harness.Say("火星");

        Assert.Equal(ReportStep.Origin, harness.Draft.Step);
        Assert.Contains("没有识别出这个地区", reply.Messages[0], StringComparison.Ordinal);
        Assert.Contains("北京市顺义区赵全营镇", reply.Messages[^1], StringComparison.Ordinal);
        Assert.Null(harness.Draft.OriginText);
    }

    [Fact]
    public async Task HandleAsync_DoesNotCallResolver_WhenOriginTextIsTooLong()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);

        await harness.Say(new string('北', 150));

        Assert.Empty(harness.Origins.Calls);
        Assert.Equal(1, harness.Draft.InvalidAnswers);
    }

    [Theory]
    [InlineData("明天")]
    [InlineData("2026-11-26")]
    public async Task HandleAsync_RejectsDeparture_WhenDateIsUnreadableOrInTheFuture(string answer)
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);

        await harness.Say(answer);

        Assert.Equal(ReportStep.Departure, harness.Draft.Step);
        Assert.Null(harness.Draft.DepartureDate);
    }

    [Fact]
    public async Task HandleAsync_GivesTodayInReason_WhenDepartureIsInTheFuture()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);

        var reply = await harness.Say("2026-12-01");

        Assert.Contains("不能晚于今天（2026-11-25）", reply.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReasksArrivalWithReason_WhenArrivalIsBeforeDeparture()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);
        await harness.Say("11月20日");

        var reply = await harness.Say("11月19日");

        Assert.Equal(ReportStep.Arrival, harness.Draft.Step);
        Assert.Contains("不能早于出发日期（2026-11-20）", reply.Messages[0], StringComparison.Ordinal);
        Assert.Null(harness.Draft.ArrivalDate);

        await harness.Say("11月20日");
        Assert.Equal(ReportStep.Travel, harness.Draft.Step);
    }

    [Theory]
    [InlineData("2026-11-26", "不能晚于今天")]
    [InlineData("2026-10-25", "最近30天")]
    public async Task HandleAsync_ReasksArrival_WhenArrivalBreaksDateRules(string arrival, string reason)
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);
        await harness.Say("2026-10-01");

        var reply = await harness.Say(arrival);

        Assert.Equal(ReportStep.Arrival, harness.Draft.Step);
        Assert.Contains(reason, reply.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AcceptsArrival_WhenExactlyThirtyDaysAgo()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);
        await harness.Say("2026-10-01");

        await harness.Say("30天前");

        Assert.Equal(new DateOnly(2026, 10, 26), harness.Draft.ArrivalDate);
    }

    [Fact]
    public async Task HandleAsync_RejectsEditedDeparture_WhenItIsAfterTheArrival()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Summary);
        await harness.Say("修改 6");

        var reply = await harness.Say("今天");

        Assert.Equal(ReportStep.Departure, harness.Draft.Step);
        Assert.Contains("不能晚于到达日期（2026-11-24）", reply.Messages[0], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 20), harness.Draft.DepartureDate);
    }

    [Fact]
    public async Task HandleAsync_UsesBeijingDate_WhenUtcDateIsStillYesterday()
    {
        // 17:00 UTC on the 24th is 01:00 on the 25th in Beijing.
        var harness = new FlowHarness(now: new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);

        await harness.Say("今天");

        Assert.Equal(new DateOnly(2026, 11, 25), harness.Draft.DepartureDate);
    }

    [Fact]
    public async Task HandleAsync_UsesConfiguredTimeZone_WhenOptionsChangeIt()
    {
        var options = new ReportFlowOptions { TimeZone = TimeZoneInfo.Utc };
        var harness = new FlowHarness(options, new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Departure);

        await harness.Say("今天");

        Assert.Equal(new DateOnly(2026, 11, 24), harness.Draft.DepartureDate);
    }

    [Fact]
    public async Task HandleAsync_OffersCommunityHotlineAndKeepsAsking_WhenThreeInvalidAnswersInARow()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: true);
        await harness.AnswerUntil(ReportStep.Phone);

        var first = await harness.Say("123");
        var second = await harness.Say("abc");
        var third = await harness.Say("１２");
        var fourth = await harness.Say("???");

        Assert.DoesNotContain("010-61234567", FlowHarness.AllText(first), StringComparison.Ordinal);
        Assert.DoesNotContain("010-61234567", FlowHarness.AllText(second), StringComparison.Ordinal);
        Assert.Contains("010-61234567", FlowHarness.AllText(third), StringComparison.Ordinal);
        Assert.Contains("010-61234567", FlowHarness.AllText(fourth), StringComparison.Ordinal);
        Assert.Contains("13812345678", FlowHarness.AllText(third), StringComparison.Ordinal);
        Assert.Equal(ReportStep.Phone, harness.Draft.Step);
        Assert.Equal(FlowOutcome.Continue, fourth.Outcome);

        await harness.Say("13812345678");
        Assert.Equal(0, harness.Draft.InvalidAnswers);
    }

    [Fact]
    public async Task HandleAsync_OffersFallbackHotline_WhenCommunityIsNotKnownYet()
    {
        var harness = new FlowHarness();
        harness.Begin(bound: false);
        await harness.AnswerUntil(ReportStep.Name);

        await harness.Say("1");
        await harness.Say("2");
        var third = await harness.Say("3");

        Assert.Contains("12345", third.Messages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DoesNotCountStrikesAcrossSteps_WhenAValidAnswerComesBetween()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Name);

        await harness.Say("1");
        await harness.Say("2");
        await harness.Say("张三");
        var reply = await harness.Say("x");

        Assert.Equal(1, harness.Draft.InvalidAnswers);
        Assert.DoesNotContain("热线", FlowHarness.AllText(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("报备")]
    [InlineData("返乡报备")]
    [InlineData("report")]
    public async Task HandleAsync_KeepsCurrentQuestion_WhenStartCommandIsSentMidReport(string command)
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Name);

        var reply = await harness.Say(command);

        Assert.Equal(ReportStep.Name, harness.Draft.Step);
        Assert.Null(harness.Draft.Name);
        Assert.Equal(0, harness.Draft.InvalidAnswers);
        Assert.Contains("正在进行", reply.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SanitisesAndShortensEchoedText_WhenResolverReturnsHostileLabel()
    {
        var harness = new FlowHarness();
        var hostile = "北京\u202E市" + new string('区', 80) + "\u0007";
        harness.Origins.Places["怪地方"] = new OriginResolution(OriginStatus.Resolved, hostile, null, null, null, null, []);
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Origin);
        await harness.Say("怪地方");

        var summary = await harness.AnswerUntil(ReportStep.Summary);

        var line = summary.Messages[0].Split('\n').Single(l => l.StartsWith("5. ", StringComparison.Ordinal));
        Assert.DoesNotContain('\u202E', line);
        Assert.DoesNotContain('\u0007', line);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
        Assert.True(line.Length <= "5. 出发地：".Length + DisplayText.DefaultMaxLength);
    }

    [Fact]
    public async Task HandleAsync_AsksForMissingAnswer_WhenConfirmingAnIncompleteDraft()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Summary);
        harness.Draft.TravelMode = null;

        var reply = await harness.Say("确认");

        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        Assert.Equal(ReportStep.Travel, harness.Draft.Step);
        await harness.Say("大巴");
        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Equal(FlowOutcome.Submitted, (await harness.Say("确认")).Outcome);
    }

    [Fact]
    public async Task HandleAsync_RestartsAtConsentWithoutData_WhenStoredStepIsUnknown()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Home);
        harness.Draft.Step = (ReportStep)99;

        var reply = await harness.Say("5-2-301");

        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        Assert.Equal(ReportStep.Consent, harness.Draft.Step);
        Assert.Equal(["同意", "不同意"], reply.Buttons);
        Assert.Null(harness.Draft.Name);
        Assert.Null(harness.Draft.ConsentAt);
        await harness.Say("同意");
        Assert.Equal(ReportStep.Name, harness.Draft.Step);
    }

    [Theory]
    [InlineData("有", true)]
    [InlineData("发烧", true)]
    [InlineData("咳嗽", true)]
    [InlineData("没有", false)]
    [InlineData("无", false)]
    [InlineData("都正常", false)]
    [InlineData("N", false)]
    public async Task HandleAsync_RecordsSymptoms_WhenHealthAnswerIsYesNoOrNamesIt(string answer, bool expected)
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Health);

        await harness.Say(answer);

        Assert.Equal(ReportStep.Summary, harness.Draft.Step);
        Assert.Equal(expected, harness.Draft.Symptoms);
    }

    [Fact]
    public async Task HandleAsync_ReasksHealth_WhenAnswerIsNeitherYesNorNo()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Health);

        var reply = await harness.Say("不太清楚");

        Assert.Equal(ReportStep.Health, harness.Draft.Step);
        Assert.Equal(["有", "没有"], reply.Buttons);
        Assert.Null(harness.Draft.Symptoms);
    }

    [Fact]
    public async Task HandleAsync_AsksConsentFirst_WhenDraftPastConsentHasNoConsentRecorded()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Phone);
        harness.Draft.ConsentAt = null;

        var reply = await harness.Say("13812345678");

        Assert.Equal(FlowOutcome.Continue, reply.Outcome);
        Assert.Equal(ReportStep.Consent, harness.Draft.Step);
        Assert.Equal(["同意", "不同意"], reply.Buttons);
        Assert.Null(harness.Draft.Phone);
        Assert.Null(harness.Draft.Name);
    }

    [Fact]
    public async Task HandleAsync_RequiresConsentAgain_WhenCancelledDraftIsReused()
    {
        var harness = new FlowHarness();
        harness.Begin();
        await harness.AnswerUntil(ReportStep.Home);
        await harness.Say("取消");

        var reply = await harness.Say("5-2-301");

        Assert.Equal(ReportStep.Consent, harness.Draft.Step);
        Assert.Equal(FlowOutcome.Declined, reply.Outcome);
        Assert.Null(harness.Draft.Building);
    }

    [Fact]
    public async Task HandleAsync_Throws_WhenCancellationIsRequested()
    {
        var harness = new FlowHarness();
        harness.Begin();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Flow.HandleAsync(harness.Draft, "同意", cts.Token));
    }

    [Fact]
    public void Constructor_Throws_WhenOptionsAreInvalid()
    {
        var origins = new FakeOriginResolver();
        var communities = new FakeCommunityDirectory();

        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFlow(origins, communities, TimeProvider.System, new ReportFlowOptions { RetentionDays = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFlow(origins, communities, TimeProvider.System, new ReportFlowOptions { IdleTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new ReportFlow(origins, communities, TimeProvider.System, new ReportFlowOptions { FallbackHotline = " " }));
        Assert.Throws<ArgumentNullException>(() => new ReportFlow(origins, communities, TimeProvider.System, null!));
    }

    [Fact]
    public void Options_DefaultToContractValues_WhenNotSet()
    {
        var options = new ReportFlowOptions();

        Assert.Equal(28, options.RetentionDays);
        Assert.Equal("2026-11", options.ConsentVersion);
        Assert.Equal(TimeSpan.FromMinutes(30), options.IdleTimeout);
        Assert.Equal("12345", options.FallbackHotline);
        Assert.Equal(TimeSpan.FromHours(8), options.TimeZone.GetUtcOffset(FlowHarness.Start));
    }
}

using CommunityNotices.RiskAreas;

namespace CommunityNotices.Shared.Tests.RiskAreas;

public sealed class RiskListDiffTests
{
    private static readonly DateTimeOffset Morning = new(2022, 4, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Evening = new(2022, 4, 1, 19, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Compute_ReportsExactlyTheRawSetDifference_WhenRealSnapshotsOf20210818()
    {
        List<RawCommunity> before = Fixture.RawCommunities(Fixture.TenHours);
        List<RawCommunity> after = Fixture.RawCommunities(Fixture.NineteenHours);
        var expectedRemoved = before.Except(after).Select(r => (r.Level, r.Written)).ToHashSet();
        var expectedAdded = after.Except(before).Select(r => (r.Level, r.Written)).ToHashSet();

        RiskListDiff diff = RiskListDiff.Compute(
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)),
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours)));

        Assert.Equal(16, expectedRemoved.Count);
        Assert.All(expectedRemoved, r => Assert.Equal("medium", r.Level));
        Assert.Equal(expectedRemoved, diff.Removed.Select(Written).ToHashSet());
        Assert.Equal(expectedRemoved.Count, diff.Removed.Count);
        Assert.Equal(expectedAdded, diff.Added.Select(Written).ToHashSet());
        Assert.Equal(expectedAdded.Count, diff.Added.Count);
        Assert.Empty(diff.LevelChanged);
    }

    [Fact]
    public void ToNoticeText_AnnouncesAddedAndRemoved_WhenRealSnapshotsOf20210818()
    {
        RiskListDiff diff = RiskListDiff.Compute(
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)),
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours)));

        string notice = diff.ToNoticeText();

        Assert.StartsWith("2021年8月18日19时起：", notice, StringComparison.Ordinal);
        Assert.Contains("新增中风险地区：上海市松江区永丰街道仓丰路855号（有庐公寓）；江苏省扬州市邗江区甘泉街道、维扬经济开发区荷叶东路2号、方巷镇朝阳路31号、方巷镇裔家村。", notice, StringComparison.Ordinal);
        Assert.Contains("调整为低风险/解除：江苏省扬州市邗江区双桥街道虹桥社区柳湖北苑小区、", notice, StringComparison.Ordinal);
        Assert.Contains("河南省郑州市新密市白寨镇三岔口村", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("新增高风险地区", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("风险等级调整", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovedByDivision_GroupsByDistrict_WhenRealSnapshotsOf20210818()
    {
        RiskListDiff diff = RiskListDiff.Compute(
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)),
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours)));

        Assert.Equal(diff.Removed.Count, diff.RemovedByDivision.Sum(g => g.Items.Count));
        Assert.Equal(diff.RemovedByDivision.Count, diff.RemovedByDivision.Select(g => (g.Province, g.City, g.District)).Distinct().Count());
        RiskAreaGroup<RiskAreaEntry> hanjiang = Assert.Single(diff.RemovedByDivision, g => g.District == "邗江区");
        Assert.Equal("江苏省扬州市邗江区", hanjiang.DivisionName);
        Assert.Equal("321003", hanjiang.DivisionCode);
        Assert.All(hanjiang.Items, e => Assert.Equal("邗江区", e.District));
        Assert.Equal(
            diff.RemovedByDivision.Select(g => g.DivisionCode).Order(StringComparer.Ordinal),
            diff.RemovedByDivision.Select(g => g.DivisionCode));
    }

    [Fact]
    public void Compute_ClassifiesEveryKindOfChange_WhenLevelsMove()
    {
        var older = new ParsedRiskList(Morning,
        [
            Entry(RiskLevel.Medium, "汶河街道"),
            Entry(RiskLevel.High, "湾头镇"),
            Entry(RiskLevel.Medium, "文峰街道"),
            Entry(RiskLevel.High, "曲江街道"),
            Entry(RiskLevel.Low, "东关街道其他地区"),
            Entry(RiskLevel.Low, "汤汪乡"),
            Entry(RiskLevel.Medium, "不变街道"),
        ]);
        var newer = new ParsedRiskList(Evening,
        [
            Entry(RiskLevel.High, "汶河 街道"),
            Entry(RiskLevel.Medium, "湾头镇"),
            Entry(RiskLevel.Low, "文峰街道"),
            Entry(RiskLevel.Medium, "汤汪乡"),
            Entry(RiskLevel.Low, "新的其他地区"),
            Entry(RiskLevel.Medium, "不变街道"),
            Entry(RiskLevel.High, "新增街道"),
        ]);

        RiskListDiff diff = RiskListDiff.Compute(older, newer);

        Assert.Equal(["汤汪乡", "新增街道"], diff.Added.Select(e => e.Area));
        Assert.Equal(["曲江街道"], diff.Removed.Select(e => e.Area));
        Assert.Equal(
            [("汶河 街道", RiskLevel.Medium, RiskLevel.High), ("湾头镇", RiskLevel.High, RiskLevel.Medium), ("文峰街道", RiskLevel.Medium, RiskLevel.Low)],
            diff.LevelChanged.Select(c => (c.Entry.Area, c.OldLevel, c.NewLevel)));
        Assert.Equal(Evening, diff.Since);
    }

    [Fact]
    public void ToNoticeText_WritesEverySection_WhenEveryKindOfChange()
    {
        var older = new ParsedRiskList(Morning, [Entry(RiskLevel.Medium, "汶河街道"), Entry(RiskLevel.Medium, "文峰街道"), Entry(RiskLevel.High, "曲江街道")]);
        var newer = new ParsedRiskList(Evening,
        [
            Entry(RiskLevel.High, "汶河街道"),
            Entry(RiskLevel.Low, "文峰街道"),
            Entry(RiskLevel.High, "湾头镇"),
            Entry(RiskLevel.Medium, "汤汪乡"),
            new RiskAreaEntry(RiskLevel.Medium, "北京市", "北京市", "房山区", "110111", null),
        ]);

        string notice = RiskListDiff.Compute(older, newer).ToNoticeText();

        Assert.Equal(
            "2022年4月1日19时30分起：\n"
            + "新增高风险地区：江苏省扬州市广陵区湾头镇。\n"
            + "新增中风险地区：北京市房山区全域；江苏省扬州市广陵区汤汪乡。\n"
            + "调整为低风险/解除：江苏省扬州市广陵区文峰街道（调整为低风险）、曲江街道。\n"
            + "风险等级调整：江苏省扬州市广陵区汶河街道（由中风险调整为高风险）。",
            notice);
    }

    [Fact]
    public void ToNoticeText_SaysNothingChanged_WhenListsHaveSameRiskAreas()
    {
        var older = new ParsedRiskList(Morning, [Entry(RiskLevel.Medium, "汶河街道"), Entry(RiskLevel.Low, "其他地区")]);
        var newer = new ParsedRiskList(Evening, [Entry(RiskLevel.Medium, "汶河街道")]);

        RiskListDiff diff = RiskListDiff.Compute(older, newer);

        Assert.True(diff.IsEmpty);
        Assert.Equal("2022年4月1日19时30分起：中高风险地区无变化。", diff.ToNoticeText());
    }

    [Fact]
    public void Compute_CountsHighestLevel_WhenAreaListedTwiceInOneEdition()
    {
        var older = new ParsedRiskList(Morning, [Entry(RiskLevel.Medium, "汶河街道"), Entry(RiskLevel.High, "汶河街道")]);
        var newer = new ParsedRiskList(Evening, [Entry(RiskLevel.High, "汶河街道")]);

        Assert.True(RiskListDiff.Compute(older, newer).IsEmpty);
    }

    private static RiskAreaEntry Entry(RiskLevel level, string area) =>
        new(level, "江苏省", "扬州市", "广陵区", "321002", area);

    private static (string, string) Written(RiskAreaEntry entry) =>
        (entry.Level == RiskLevel.High ? "high" : "medium", entry.DisplayName);
}

using System.Text;
using CommunityNotices.RiskAreas;

namespace CommunityNotices.Shared.Tests.RiskAreas;

public sealed class StateCouncilJsonParserTests
{
    [Theory]
    [InlineData(Fixture.TenHours, 10)]
    [InlineData(Fixture.NineteenHours, 19)]
    public void Parse_CountsMatchPublishedCounts_WhenRealSnapshot(string file, int hour)
    {
        using Stream stream = Fixture.Open(file);

        ParsedRiskList list = StateCouncilJsonParser.Parse(stream);

        Assert.Equal(new DateTimeOffset(2021, 8, 18, hour, 0, 0, TimeSpan.FromHours(8)), list.PublishedAt);
        Assert.Equal(Fixture.Count(file, "hcount"), list.Entries.Count(e => e.Level == RiskLevel.High));
        Assert.Equal(Fixture.Count(file, "mcount"), list.Entries.Count(e => e.Level == RiskLevel.Medium));
        Assert.DoesNotContain(list.Entries, e => e.Level == RiskLevel.Low);
    }

    [Theory]
    [InlineData(Fixture.TenHours)]
    [InlineData(Fixture.NineteenHours)]
    public void Parse_ResolvesEveryEntry_WhenRealSnapshot(string file)
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Fixture.Text(file));

        Assert.All(list.Entries, e => Assert.NotNull(e.DivisionCode));
        Assert.All(list.Entries, e => Assert.NotNull(e.Area));

        // Nothing published is lost: every community string survives in the area text.
        Assert.All(Fixture.RawCommunities(file), raw => Assert.Contains(list.Entries, e => e.Area!.EndsWith(raw.Community, StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_PutsTownIntoArea_WhenCountyFieldHoldsATown()
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours));

        RiskAreaEntry entry = Assert.Single(list.Entries, e => e.Area == "阎村镇乐活家园社区");
        Assert.Equal(new RiskAreaEntry(RiskLevel.Medium, "北京市", "北京市", "房山区", "110111", "阎村镇乐活家园社区"), entry);
    }

    [Fact]
    public void Parse_KeepsZoneUnderCity_WhenCountyIsNotADivision()
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours));

        RiskAreaEntry entry = Assert.Single(list.Entries, e => e.Area == "经济技术开发区文汇街道");
        Assert.Equal(new RiskAreaEntry(RiskLevel.High, "江苏省", "扬州市", null, "3210", "经济技术开发区文汇街道"), entry);
        RiskAreaEntry wuhan = Assert.Single(list.Entries, e => e.Area == "经开区（汉南区）沌口街道");
        Assert.Equal("4201", wuhan.DivisionCode);
    }

    [Fact]
    public void Parse_ReadsMunicipalityOnce_WhenCityRepeatsProvince()
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours));

        RiskAreaEntry entry = Assert.Single(list.Entries, e => e.Province == "上海市");
        Assert.Equal(new RiskAreaEntry(RiskLevel.Medium, "上海市", "上海市", "松江区", "310117", "永丰街道仓丰路855号（有庐公寓）"), entry);
    }

    [Theory]
    [InlineData("2021-08-18 0时", 0)]
    [InlineData("2021-08-18 08时", 8)]
    [InlineData("2021-08-18 23时", 23)]
    [InlineData("2021-8-18 9时", 9)]
    [InlineData("2021-08-18 10:00", 10)]
    public void Parse_ReadsHour_WhenTimeWrittenInAnyEditionsFormat(string time, int hour)
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Feed(time, "[]", "[]"));

        Assert.Equal(new DateTimeOffset(2021, 8, 18, hour, 0, 0, TimeSpan.FromHours(8)), list.PublishedAt);
    }

    [Fact]
    public void Parse_ReadsLowList_WhenPresent()
    {
        string json = Feed(
            "2022-04-01 08时",
            "[]",
            """[{"province": "河南省", "city": "开封市", "county": "尉氏县", "communitys": ["庄头镇前曹村"]}]""",
            """[{"province": "河南省", "city": "开封市", "county": "尉氏县", "communitys": ["除庄头镇前曹村外的其他地区"]}]""");

        ParsedRiskList list = StateCouncilJsonParser.Parse(json);

        Assert.Equal([RiskLevel.Medium, RiskLevel.Low], list.Entries.Select(e => e.Level));
        Assert.Equal("除庄头镇前曹村外的其他地区", list.Entries[1].Area);
    }

    [Fact]
    public void Parse_CoversWholeDistrict_WhenCommunitiesEmpty()
    {
        string json = Feed("2022-04-01 08时", """[{"province": "河南省", "city": "郑州市", "county": "二七区", "communitys": []}]""", "[]");

        RiskAreaEntry entry = Assert.Single(StateCouncilJsonParser.Parse(json).Entries);

        Assert.Equal(new RiskAreaEntry(RiskLevel.High, "河南省", "郑州市", "二七区", "410103", null), entry);
    }

    [Fact]
    public void Parse_KeepsTextAsPublished_WhenProvinceUnknown()
    {
        string json = Feed("2022-04-01 08时", "[]", """[{"province": "火星省", "city": "奥林匹斯市", "county": "山区", "communitys": ["一号营地"]}]""");

        RiskAreaEntry entry = Assert.Single(StateCouncilJsonParser.Parse(json).Entries);

        Assert.Equal(new RiskAreaEntry(RiskLevel.Medium, "火星省", "奥林匹斯市", "山区", null, "一号营地"), entry);
    }

    [Fact]
    public void Parse_KeepsCityText_WhenOnlyProvinceResolves()
    {
        string json = Feed("2022-04-01 08时", "[]", """[{"province": "河南省", "city": "不存在市", "county": "某区", "communitys": ["某小区"]}]""");

        RiskAreaEntry entry = Assert.Single(StateCouncilJsonParser.Parse(json).Entries);

        Assert.Equal(new RiskAreaEntry(RiskLevel.Medium, "河南省", "不存在市", null, "41", "某区某小区"), entry);
    }

    [Fact]
    public void Parse_IgnoresRepeatedCommunity_WhenListedTwice()
    {
        string json = Feed("2022-04-01 08时", "[]", """[{"province": "北京市", "city": "房山区", "county": "阎村镇", "communitys": ["乐活家园社区", "乐活家园社区"]}]""");

        Assert.Single(StateCouncilJsonParser.Parse(json).Entries);
    }

    [Theory]
    [InlineData("{", "invalid JSON")]
    [InlineData("[]", "data:")]
    [InlineData("""{"data": 1}""", "data:")]
    [InlineData("""{"data": {"highlist": [], "middlelist": []}}""", "data.end_update_time: missing")]
    [InlineData("""{"data": {"end_update_time": "yesterday", "highlist": [], "middlelist": []}}""", "data.end_update_time: 'yesterday'")]
    [InlineData("""{"data": {"end_update_time": "2021-13-40 10时", "highlist": [], "middlelist": []}}""", "data.end_update_time:")]
    [InlineData("""{"data": {"end_update_time": "2021-08-18 24时", "highlist": [], "middlelist": []}}""", "data.end_update_time:")]
    [InlineData("""{"data": {"end_update_time": "2021-08-18 10时", "highlist": []}}""", "middlelist: missing")]
    [InlineData("""{"data": {"end_update_time": "2021-08-18 10时", "highlist": {}, "middlelist": []}}""", "highlist: expected an array")]
    public void Parse_ThrowsNamingThePlace_WhenFeedMalformed(string json, string expected)
    {
        var error = Assert.Throws<RiskListFormatException>(() => StateCouncilJsonParser.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"city": "郑州市"}""", "middlelist[1]: missing province")]
    [InlineData("""{"province": " "}""", "middlelist[1]: missing province")]
    [InlineData("""{"province": 5}""", "middlelist[1].province: expected a string")]
    [InlineData("""{"province": "河南省", "communitys": ["a", 3]}""", "middlelist[1].communitys[1]: expected a string")]
    [InlineData("""{"province": "河南省", "communitys": "a"}""", "middlelist[1].communitys: expected an array")]
    [InlineData("\"河南省\"", "middlelist[1]: expected an object")]
    public void Parse_ThrowsNamingTheItem_WhenItemMalformed(string item, string expected)
    {
        string json = Feed("2021-08-18 10时", "[]", $$"""[{"province": "河南省", "communitys": ["a"]}, {{item}}]""");

        var error = Assert.Throws<RiskListFormatException>(() => StateCouncilJsonParser.Parse(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsStream_WhenGivenUtf8Bytes()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Fixture.Text(Fixture.TenHours));

        ParsedRiskList fromStream = StateCouncilJsonParser.Parse(new MemoryStream(bytes));

        Assert.Equal(StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)).ContentHash, fromStream.ContentHash);
    }

    private static string Feed(string time, string high, string middle, string? low = null)
    {
        string lowList = low is null ? string.Empty : $", \"lowlist\": {low}";
        return "{\"data\": {\"end_update_time\": \"" + time + "\", \"highlist\": " + high + ", \"middlelist\": " + middle + lowList + "}}";
    }
}

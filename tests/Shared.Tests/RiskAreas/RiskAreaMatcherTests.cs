using CommunityNotices.Divisions;
using CommunityNotices.RiskAreas;

namespace CommunityNotices.Shared.Tests.RiskAreas;

public sealed class RiskAreaMatcherTests
{
    private static readonly Lazy<ParsedRiskList> Evening = new(() => StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours)));

    [Theory]
    [InlineData("北京市房山区阎村镇乐活家园社区", RiskLevel.Medium, "阎村镇乐活家园社区")]
    [InlineData("北京房山阎村乐活家园3号楼2单元", RiskLevel.Medium, "阎村镇乐活家园社区")]
    [InlineData("北京 房山区 阎村镇 乐活家园 社区", RiskLevel.Medium, "阎村镇乐活家园社区")]
    [InlineData("北京市房山区乐活家园", RiskLevel.Medium, "阎村镇乐活家园社区")]
    [InlineData("上海松江永丰街道仓丰路８５５号", RiskLevel.Medium, "永丰街道仓丰路855号（有庐公寓）")]
    [InlineData("江苏扬州广陵区湾头镇壁虎村", RiskLevel.High, "湾头镇")]
    [InlineData("江苏扬州广陵湾头", RiskLevel.High, "湾头镇")]
    [InlineData("河南开封尉氏县庄头镇前曹村", RiskLevel.High, "庄头镇前曹村")]
    [InlineData("扬州经济技术开发区文汇街道", RiskLevel.High, "经济技术开发区文汇街道")]
    [InlineData("扬州市汶河街道", RiskLevel.Medium, "汶河街道")]
    [InlineData("湖北武汉经开区（汉南区）沌口街道", RiskLevel.Medium, "经开区（汉南区）沌口街道")]
    [InlineData("雲南德宏瑞麗姐告國門社區", RiskLevel.High, "姐告国门社区")]
    public void Match_ReturnsArea_WhenRestMatchesListedArea(string address, RiskLevel level, string area)
    {
        foreach (IRiskAreaMatcher matcher in Both(Evening.Value.Entries))
        {
            RiskMatch match = matcher.Match(AddressNormalizer.Normalize(address));

            Assert.Equal(RiskMatchKind.Area, match.Kind);
            Assert.Equal(level, match.Level);
            Assert.Equal(area, match.Entry!.Area);
        }
    }

    [Theory]
    [InlineData("北京市房山区长阳镇", RiskLevel.Medium)]
    [InlineData("江苏扬州广陵区某某路1号", RiskLevel.High)]
    [InlineData("江苏扬州广陵区", RiskLevel.High)]
    [InlineData("河南郑州管城回族区紫荆山路", RiskLevel.Medium)]
    [InlineData("扬州市某某路", RiskLevel.High)]
    [InlineData("北京", RiskLevel.Medium)]
    public void Match_ReturnsDistrictWithHighestLevel_WhenDivisionListedButAreaNot(string address, RiskLevel level)
    {
        foreach (IRiskAreaMatcher matcher in Both(Evening.Value.Entries))
        {
            RiskMatch match = matcher.Match(AddressNormalizer.Normalize(address));

            Assert.Equal(new RiskMatch(RiskMatchKind.District, level, null), match);
        }
    }

    [Theory]
    [InlineData("北京市海淀区中关村")]
    [InlineData("河南省")]
    [InlineData("广东省广州市越秀区")]
    [InlineData("不是地址")]
    [InlineData("")]
    public void Match_ReturnsNone_WhenNoListedDivision(string address)
    {
        foreach (IRiskAreaMatcher matcher in Both(Evening.Value.Entries))
        {
            Assert.Equal(RiskMatch.None, matcher.Match(AddressNormalizer.Normalize(address)));
        }
    }

    [Fact]
    public void Match_ReturnsAmbiguous_WhenAddressAmbiguous()
    {
        foreach (IRiskAreaMatcher matcher in Both(Evening.Value.Entries))
        {
            Assert.Equal(RiskMatch.Ambiguous, matcher.Match(AddressNormalizer.Normalize("鼓楼区中山路")));
        }
    }

    [Fact]
    public void Match_ReturnsArea_WhenWholeDistrictListed()
    {
        RiskAreaEntry whole = new(RiskLevel.High, "河南省", "郑州市", "二七区", "410103", null);

        foreach (IRiskAreaMatcher matcher in Both([whole]))
        {
            Assert.Equal(new RiskMatch(RiskMatchKind.Area, RiskLevel.High, whole), matcher.Match(AddressNormalizer.Normalize("郑州二七区五里堡街道")));
            Assert.Equal(new RiskMatch(RiskMatchKind.Area, RiskLevel.High, whole), matcher.Match(AddressNormalizer.Normalize("郑州二七区")));
            Assert.Equal(new RiskMatch(RiskMatchKind.District, RiskLevel.High, null), matcher.Match(AddressNormalizer.Normalize("郑州市")));
        }
    }

    [Fact]
    public void Match_IgnoresLowEntries_WhenTheyAreTheRestOfAnArea()
    {
        RiskAreaEntry[] entries =
        [
            new(RiskLevel.Low, "河南省", "开封市", "尉氏县", "410223", "庄头镇其他地区"),
            new(RiskLevel.Low, "北京市", "北京市", "顺义区", "110113", null),
        ];

        foreach (IRiskAreaMatcher matcher in Both(entries))
        {
            Assert.Equal(RiskMatch.None, matcher.Match(AddressNormalizer.Normalize("河南开封尉氏县庄头镇其他地区")));
            Assert.Equal(RiskMatch.None, matcher.Match(AddressNormalizer.Normalize("北京顺义区赵全营镇")));
        }
    }

    [Fact]
    public void Match_PrefersHigherLevel_WhenSeveralAreasMatch()
    {
        RiskAreaEntry medium = new(RiskLevel.Medium, "北京市", "北京市", "顺义区", "110113", "赵全营镇");
        RiskAreaEntry high = new(RiskLevel.High, "北京市", "北京市", "顺义区", "110113", "赵全营镇兴农路1号");

        foreach (IRiskAreaMatcher matcher in Both([medium, high]))
        {
            Assert.Same(high, matcher.Match(AddressNormalizer.Normalize("北京顺义赵全营镇兴农路1号院")).Entry);
            Assert.Same(medium, matcher.Match(AddressNormalizer.Normalize("北京顺义赵全营镇北郎中村")).Entry);
        }
    }

    [Fact]
    public void Match_DoesNotMatchOtherDistrictsArea_WhenNamesCoincide()
    {
        RiskAreaEntry entry = new(RiskLevel.High, "北京市", "北京市", "顺义区", "110113", "赵全营镇");

        foreach (IRiskAreaMatcher matcher in Both([entry]))
        {
            Assert.Equal(RiskMatch.None, matcher.Match(AddressNormalizer.Normalize("北京昌平区赵全营镇")));
        }
    }

    [Fact]
    public void Match_AgreesWithNaiveScan_WhenAddressesDrawnFromRealLists()
    {
        List<RiskAreaEntry> entries = [.. Evening.Value.Entries, .. StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)).Entries];
        var indexed = new RiskAreaMatcher(Evening.Value.Entries);
        var naive = new NaiveRiskAreaMatcher(Evening.Value.Entries);
        var random = new Random(818);
        string[] noise = ["", "1号楼", "3单元402", "东门", "附近", "小区", "路口", " ", "（北区）"];
        int areaMatches = 0;

        for (int i = 0; i < 400; i++)
        {
            RiskAreaEntry entry = entries[random.Next(entries.Count)];
            string area = entry.Area ?? string.Empty;
            if (area.Length > 2 && random.Next(3) == 0)
            {
                area = random.Next(2) == 0 ? area[..(area.Length / 2)] : area[(area.Length / 2)..];
            }

            string city = random.Next(4) == 0 ? string.Empty : entry.City;
            string district = random.Next(5) == 0 ? entry.City : entry.District ?? string.Empty;
            string province = random.Next(3) == 0 ? string.Empty : entry.Province;
            string text = province + city + district + area + noise[random.Next(noise.Length)];
            NormalizedAddress address = AddressNormalizer.Normalize(text);

            RiskMatch expected = naive.Match(address);
            RiskMatch actual = indexed.Match(address);

            Assert.True(expected == actual, $"'{text}': naive {expected}, indexed {actual}");
            areaMatches += actual.Kind == RiskMatchKind.Area ? 1 : 0;
        }

        Assert.True(areaMatches > 100, $"only {areaMatches} area matches: the sample does not exercise matching");
    }

    private static IRiskAreaMatcher[] Both(IReadOnlyList<RiskAreaEntry> entries) =>
        [new RiskAreaMatcher(entries), new NaiveRiskAreaMatcher(entries)];
}

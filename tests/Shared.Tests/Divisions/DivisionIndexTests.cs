using System.Text;
using CommunityNotices.Divisions;

namespace CommunityNotices.Shared.Tests.Divisions;

public sealed class DivisionIndexTests
{
    private static DivisionIndex Index => DivisionIndex.Default;

    [Fact]
    public void Default_LoadsWholeTable_WhenFirstUsed()
    {
        Assert.Equal(31, Index.Provinces.Count);
        Assert.True(Index.Count > 3000);
    }

    [Fact]
    public void Default_IsOneInstance_WhenUsedFromManyThreads()
    {
        DivisionIndex[] seen = new DivisionIndex[16];
        Parallel.For(0, seen.Length, i => seen[i] = DivisionIndex.Default);

        Assert.All(seen, index => Assert.Same(seen[0], index));
    }

    [Fact]
    public void TryGetByCode_ReturnsDistrictWithPlaceholderParent_WhenMunicipalityDistrict()
    {
        Assert.True(Index.TryGetByCode("110113", out Division? shunyi));

        Assert.Equal("顺义区", shunyi.Name);
        Assert.Equal(DivisionLevel.District, shunyi.Level);
        Assert.True(shunyi.Parent!.IsPseudoLevel);
        Assert.True(shunyi.Parent.Parent!.IsMunicipality);
        Assert.True(shunyi.Parent.Parent.Contains(shunyi));
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetByCode_ReturnsFalse_WhenCodeUnknown(string? code)
    {
        Assert.False(Index.TryGetByCode(code, out _));
    }

    [Theory]
    [InlineData("内蒙古", "15")]
    [InlineData("内蒙古自治区", "15")]
    [InlineData("内蒙", "15")]
    [InlineData("广西", "45")]
    [InlineData("新疆", "65")]
    [InlineData("宁夏", "64")]
    [InlineData("西藏", "54")]
    [InlineData("北京", "11")]
    [InlineData("顺义", "110113")]
    [InlineData("顺义区", "110113")]
    [InlineData("浦东", "310115")]
    [InlineData("浦东新区", "310115")]
    [InlineData("德宏", "5331")]
    [InlineData("管城", "410104")]
    [InlineData("石柱", "500240")]
    [InlineData("順義", "110113")]
    [InlineData("金林", "230751")]
    [InlineData("鄂温克", "150724")]
    [InlineData("塔什库尔干", "653131")]
    public void FindByName_ReturnsTheDivision_WhenNameOrShortName(string name, string code)
    {
        Division division = Assert.Single(Index.FindByName(name));

        Assert.Equal(code, division.Code);
    }

    [Fact]
    public void FindByName_ReturnsEveryPlace_WhenNameShared()
    {
        IReadOnlyList<Division> found = Index.FindByName("朝阳区");

        Assert.Equal(["110105", "220104"], found.Select(d => d.Code));
    }

    [Theory]
    [InlineData("市辖区")]
    [InlineData("省直辖县级行政区划")]
    [InlineData("扬州经济技术开发区")]
    [InlineData("城")]
    [InlineData("")]
    public void FindByName_ReturnsNothing_WhenPlaceholderDevelopmentZoneOrTooShort(string name)
    {
        Assert.Empty(Index.FindByName(name));
    }

    [Fact]
    public void TryGetByCode_FindsDevelopmentZone_WhenNameLookupWouldNot()
    {
        Assert.True(Index.TryGetByCode("321071", out Division? zone));

        Assert.True(zone.IsDevelopmentZone);
    }

    [Fact]
    public void Load_BuildsIndex_WhenSmallTable()
    {
        const string json = """
            [{"code": "11", "name": "北京市", "children": [
              {"code": "1101", "name": "市辖区", "children": [{"code": "110113", "name": "顺义区"}]}]}]
            """;

        DivisionIndex index = DivisionIndex.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(3, index.Count);
        Assert.Equal("110113", Assert.Single(index.FindByName("顺义")).Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""[{"code": "1", "name": "x"}]""")]
    [InlineData("""[{"code": "11", "name": "北京市", "children": [{"code": "1201", "name": "y"}]}]""")]
    [InlineData("""[{"code": "11", "name": "a"}, {"code": "11", "name": "b"}]""")]
    public void Load_Throws_WhenNotADivisionTable(string json)
    {
        Assert.Throws<InvalidDataException>(() => DivisionIndex.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}

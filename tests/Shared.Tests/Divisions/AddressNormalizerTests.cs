using CommunityNotices.Divisions;

namespace CommunityNotices.Shared.Tests.Divisions;

public sealed class AddressNormalizerTests
{
    [Theory]
    [InlineData("北京顺义区赵全营镇", "北京市", "北京市", "顺义区", "110113", "赵全营镇")]
    [InlineData("顺义 赵全营", "北京市", "北京市", "顺义区", "110113", "赵全营")]
    [InlineData("上海浦东新区", "上海市", "上海市", "浦东新区", "310115", "")]
    [InlineData("上海浦东", "上海市", "上海市", "浦东新区", "310115", "")]
    [InlineData("河南省郑州市二七区五里堡街道", "河南省", "郑州市", "二七区", "410103", "五里堡街道")]
    [InlineData("河南郑州二七五里堡街道", "河南省", "郑州市", "二七区", "410103", "五里堡街道")]
    [InlineData("二七区五里堡街道", "河南省", "郑州市", "二七区", "410103", "五里堡街道")]
    [InlineData("郑州二七区", "河南省", "郑州市", "二七区", "410103", "")]
    [InlineData("内蒙古呼伦贝尔海拉尔奋斗镇", "内蒙古自治区", "呼伦贝尔市", "海拉尔区", "150702", "奋斗镇")]
    [InlineData("广西南宁", "广西壮族自治区", "南宁市", null, "4501", "")]
    [InlineData("新疆乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", null, "6501", "")]
    [InlineData("云南德宏瑞丽姐告", "云南省", "德宏傣族景颇族自治州", "瑞丽市", "533102", "姐告")]
    [InlineData("重庆忠县", "重庆市", "重庆市", "忠县", "500233", "")]
    [InlineData("河南济源", "河南省", "济源市", "济源市", "419001", "")]
    [InlineData("北京", "北京市", "北京市", null, "11", "")]
    [InlineData("河南", "河南省", null, null, "41", "")]
    [InlineData("中国北京市顺义区", "北京市", "北京市", "顺义区", "110113", "")]
    [InlineData("北京市，顺义区／赵全营镇", "北京市", "北京市", "顺义区", "110113", "赵全营镇")]
    [InlineData("上海市上海市松江区永丰街道", "上海市", "上海市", "松江区", "310117", "永丰街道")]
    [InlineData("北京市市辖区顺义区", "北京市", "北京市", "顺义区", "110113", "")]
    [InlineData("北京朝阳区望京", "北京市", "北京市", "朝阳区", "110105", "望京")]
    [InlineData("长春朝阳区", "吉林省", "长春市", "朝阳区", "220104", "")]
    [InlineData("海南", "海南省", null, null, "46", "")]
    [InlineData("海南海口", "海南省", "海口市", null, "4601", "")]
    [InlineData("青海海南", "青海省", "海南藏族自治州", null, "6325", "")]
    [InlineData("吉林", "吉林省", null, null, "22", "")]
    [InlineData("吉林吉林市船营区", "吉林省", "吉林市", "船营区", "220204", "")]
    [InlineData("湖南道县", "湖南省", "永州市", "道县", "431124", "")]
    [InlineData("西安", "陕西省", "西安市", null, "6101", "")]
    [InlineData("河北", "河北省", null, null, "13", "")]
    [InlineData("河北区", "天津市", "天津市", "河北区", "120105", "")]
    [InlineData("北京北京路", "北京市", "北京市", null, "11", "北京路")]
    public void Normalize_Resolves_WhenDivisionNamesLead(string text, string province, string? city, string? district, string code, string rest)
    {
        NormalizedAddress address = AddressNormalizer.Normalize(text);

        Assert.Equal(AddressStatus.Resolved, address.Status);
        Assert.Equal(province, address.Province);
        Assert.Equal(city, address.City);
        Assert.Equal(district, address.District);
        Assert.Equal(code, address.Code);
        Assert.Equal(rest, address.Rest);
        Assert.Empty(address.Candidates);
    }

    [Theory]
    [InlineData("北京順義區", "110113", "")]
    [InlineData("北京市順義區趙全營鎮", "110113", "赵全营镇")]
    [InlineData("河南省鄭州市二七區五里堡街道", "410103", "五里堡街道")]
    [InlineData("廣東省廣州市越秀區", "440104", "")]
    [InlineData("遼寧省瀋陽市", "2101", "")]
    [InlineData("江蘇揚州邗江區雙橋街道虹橋社區", "321003", "双桥街道虹桥社区")]
    public void Normalize_FoldsTraditionalCharacters_WhenTextIsTraditional(string text, string code, string rest)
    {
        NormalizedAddress address = AddressNormalizer.Normalize(text);

        Assert.Equal(AddressStatus.Resolved, address.Status);
        Assert.Equal(code, address.Code);
        Assert.Equal(rest, address.Rest);
    }

    [Fact]
    public void Normalize_FoldsFullWidthAndSpaces_WhenTextHasThem()
    {
        NormalizedAddress address = AddressNormalizer.Normalize("　北京　顺义区　赵全营镇　兴农路１号（东门）　");

        Assert.Equal("110113", address.Code);
        Assert.Equal("赵全营镇兴农路1号(东门)", address.Rest);
    }

    [Fact]
    public void Normalize_KeepsSpaceBetweenLatinWords_WhenRestHasThem()
    {
        NormalizedAddress address = AddressNormalizer.Normalize("北京顺义区 Tower B 101");

        Assert.Equal("Tower B 101", address.Rest);
    }

    [Fact]
    public void Normalize_ReturnsAmbiguousWithCandidates_WhenDistrictNameShared()
    {
        NormalizedAddress address = AddressNormalizer.Normalize("朝阳区望京街道");

        Assert.Equal(AddressStatus.Ambiguous, address.Status);
        Assert.Null(address.Province);
        Assert.Null(address.Code);
        Assert.Equal("望京街道", address.Rest);
        Assert.Equal(["110105", "220104"], address.Candidates.Select(c => c.Code));
        Assert.Equal(["北京市朝阳区", "吉林省长春市朝阳区"], address.Candidates.Select(c => c.DivisionName));
        Assert.All(address.Candidates, c => Assert.Equal(AddressStatus.Resolved, c.Status));
        Assert.All(address.Candidates, c => Assert.Equal("望京街道", c.Rest));
    }

    [Fact]
    public void Normalize_ReturnsEveryCandidate_WhenNameHasFourPlaces()
    {
        NormalizedAddress address = AddressNormalizer.Normalize("鼓楼区");

        Assert.Equal(AddressStatus.Ambiguous, address.Status);
        Assert.Equal(4, address.Candidates.Count);
        Assert.All(address.Candidates, c => Assert.Equal("鼓楼区", c.District));
    }

    [Fact]
    public void Normalize_ReturnsAmbiguous_WhenCityAndMunicipalDistrictShareName()
    {
        NormalizedAddress address = AddressNormalizer.Normalize("朝阳望京");

        Assert.Equal(AddressStatus.Ambiguous, address.Status);
        Assert.Equal(["110105", "2113", "220104"], address.Candidates.Select(c => c.Code));
        Assert.Equal("望京", address.Rest);
    }

    [Fact]
    public void Normalize_KeepsWhatCandidatesShare_WhenAmbiguousInsideOneProvince()
    {
        NormalizedAddress address = AddressNormalizer.Normalize("山西城区");

        Assert.Equal(AddressStatus.Ambiguous, address.Status);
        Assert.Equal("山西省", address.Province);
        Assert.Equal("14", address.Code);
        Assert.True(address.Candidates.Count >= 2);
        Assert.All(address.Candidates, c => Assert.StartsWith("14", c.Code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("西安高新区", "陕西省", "西安市", "6101", "高新区")]
    [InlineData("扬州经济技术开发区", "江苏省", "扬州市", "3210", "经济技术开发区")]
    [InlineData("江苏省扬州市经济技术开发区文汇街道", "江苏省", "扬州市", "3210", "经济技术开发区文汇街道")]
    [InlineData("河南省郑州市经开区明湖办事处", "河南省", "郑州市", "4101", "经开区明湖办事处")]
    [InlineData("河南省许昌市东城区", "河南省", "许昌市", "4110", "东城区")]
    [InlineData("湖南张家界永定街道", "湖南省", "张家界市", "4308", "永定街道")]
    [InlineData("北京朝阳门", "北京市", "北京市", "11", "朝阳门")]
    public void Normalize_KeepsUnknownPartInRest_WhenNotADivision(string text, string province, string city, string code, string rest)
    {
        NormalizedAddress address = AddressNormalizer.Normalize(text);

        Assert.Equal(AddressStatus.Resolved, address.Status);
        Assert.Equal(province, address.Province);
        Assert.Equal(city, address.City);
        Assert.Null(address.District);
        Assert.Equal(code, address.Code);
        Assert.Equal(rest, address.Rest);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdf!!!")]
    [InlineData("赵全营镇")]
    [InlineData("😀😀😀")]
    [InlineData("\u0000\u202e\u200b")]
    [InlineData("\ud800\udc00\ud800")]
    [InlineData("'; DROP TABLE addresses; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("城")]
    public void Normalize_ReturnsUnknown_WhenNoDivisionLeads(string? text)
    {
        NormalizedAddress address = AddressNormalizer.Normalize(text);

        Assert.Equal(AddressStatus.Unknown, address.Status);
        Assert.Null(address.Code);
        Assert.Empty(address.Candidates);
    }

    [Fact]
    public void Normalize_ReturnsUnknown_WhenTextTooLong()
    {
        string text = "北京顺义区" + new string('赵', AddressNormalizer.MaxInputLength);

        Assert.Equal(AddressStatus.Unknown, AddressNormalizer.Normalize(text).Status);
    }

    [Fact]
    public void Normalize_NeverThrows_WhenTextIsRandom()
    {
        var random = new Random(20210818);
        const string alphabet = "北京顺义区朝阳鼓楼市县省自治区镇乡街道社區村 ，,、-()（）\"'\\\0\u200b\ud800\udc00😀aZ9市辖区中国";
        for (int i = 0; i < 3000; i++)
        {
            char[] chars = new char[random.Next(0, 40)];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = random.Next(10) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            NormalizedAddress address = AddressNormalizer.Normalize(new string(chars));

            Assert.NotNull(address.Rest);
        }
    }

    [Fact]
    public void Normalize_UsesGivenIndex_WhenOneIsPassed()
    {
        const string json = """[{"code": "11", "name": "北京市", "children": [{"code": "1101", "name": "市辖区", "children": [{"code": "110113", "name": "顺义区"}]}]}]""";
        DivisionIndex index = DivisionIndex.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal("110113", AddressNormalizer.Normalize("顺义", index).Code);
        Assert.Equal(AddressStatus.Unknown, AddressNormalizer.Normalize("郑州", index).Status);
    }
}

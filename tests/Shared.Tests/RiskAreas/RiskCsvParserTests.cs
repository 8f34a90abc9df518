using System.Text;
using CommunityNotices.RiskAreas;

namespace CommunityNotices.Shared.Tests.RiskAreas;

public sealed class RiskCsvParserTests
{
    private static readonly DateTimeOffset PublishedAt = new(2022, 4, 1, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Parse_ReadsEveryLevelSpelling_WhenFileHasBom()
    {
        const string csv = """
            level,province,city,district,area
            high,北京市,,顺义区,赵全营镇
            高,河南省,郑州市,二七区,京广路街道
            中风险,河南省,郑州市,二七区,
            Medium,江苏省,扬州市,邗江区,双桥街道
            低,河南省,开封市,尉氏县,庄头镇其他地区
            low,北京市,北京市,房山区,阎村镇
            """;

        ParsedRiskList list = RiskCsvParser.Parse(Utf8(csv, bom: true), PublishedAt);

        Assert.Equal(
            [RiskLevel.High, RiskLevel.High, RiskLevel.Medium, RiskLevel.Medium, RiskLevel.Low, RiskLevel.Low],
            list.Entries.Select(e => e.Level));
        Assert.Equal(new RiskAreaEntry(RiskLevel.High, "北京市", "北京市", "顺义区", "110113", "赵全营镇"), list.Entries[0]);
        Assert.Null(list.Entries[2].Area);
        Assert.Equal("410103", list.Entries[2].DivisionCode);
        Assert.Equal(PublishedAt, list.PublishedAt);
    }

    [Fact]
    public void Parse_ReadsSameContent_WhenBomPresentOrAbsent()
    {
        const string csv = "level,province,city,district,area\nhigh,北京市,,顺义区,赵全营镇\n";

        ParsedRiskList withBom = RiskCsvParser.Parse(Utf8(csv, bom: true), PublishedAt);
        ParsedRiskList without = RiskCsvParser.Parse(Utf8(csv, bom: false), PublishedAt);

        Assert.Equal(withBom.ContentHash, without.ContentHash);
        Assert.Equal(without.Entries, withBom.Entries);
    }

    [Fact]
    public void Parse_UnescapesQuotedFields_WhenTheyHoldCommasQuotesAndLineBreaks()
    {
        const string csv = "level,province,city,district,area\r\n"
            + "medium,河南省,商丘市,梁园区,\"金桂苑小区（青年路与健康路西北角）, 北门\"\r\n"
            + "\"high\",\"江苏省\",\"扬州市\",\"邗江区\",\"双桥街道\"\"念四\"\"新村\"\r\n"
            + "medium,河南省,郑州市,金水区,\"未来路街道\n沈庄新城南区\"\r\n";

        ParsedRiskList list = RiskCsvParser.Parse(Utf8(csv, bom: false), PublishedAt);

        Assert.Equal(["金桂苑小区（青年路与健康路西北角）, 北门", "双桥街道\"念四\"新村", "未来路街道\n沈庄新城南区"], list.Entries.Select(e => e.Area));
    }

    [Fact]
    public void Parse_AcceptsAnyColumnOrder_WhenHeaderNamesAllColumns()
    {
        const string csv = "Area,District,City,Province,Level\n赵全营镇,顺义区,,北京市,高\n";

        RiskAreaEntry entry = Assert.Single(RiskCsvParser.Parse(Utf8(csv, bom: false), PublishedAt).Entries);

        Assert.Equal(new RiskAreaEntry(RiskLevel.High, "北京市", "北京市", "顺义区", "110113", "赵全营镇"), entry);
    }

    [Fact]
    public void Parse_SkipsBlankLines_WhenBetweenRows()
    {
        const string csv = "level,province,city,district,area\n\nhigh,北京市,,顺义区,赵全营镇\n\n";

        Assert.Single(RiskCsvParser.Parse(Utf8(csv, bom: false), PublishedAt).Entries);
    }

    [Theory]
    [InlineData("high,北京市,,顺义区,a\nx,北京市,,顺义区,b\n", "line 3: unknown level 'x'")]
    [InlineData("high,北京市,,顺义区,a\nhigh,,,顺义区,b\n", "line 3: missing province")]
    [InlineData("high,北京市,,顺义区,a\nhigh,北京市,顺义区\n", "line 3: expected 5 fields, found 3")]
    [InlineData("high,北京市,,顺义区,\"a\nb\"\n\nmedium,北京市,,顺义区,c,d\n", "line 5: expected 5 fields, found 6")]
    [InlineData("high,北京市,,顺义区,a\"b\n", "line 2: field 5 has a quote but is not quoted")]
    [InlineData("high,北京市,,顺义区,\"a\"b\"\n", "line 2: field 5 has a stray quote")]
    [InlineData("high,北京市,,顺义区,a\nhigh,北京市,,顺义区,\"abc\n", "line 3: field 5 has an unterminated quote")]
    public void Parse_ThrowsWithLineNumber_WhenRowMalformed(string rows, string expected)
    {
        string csv = "level,province,city,district,area\n" + rows;

        var error = Assert.Throws<RiskListFormatException>(() => RiskCsvParser.Parse(Utf8(csv, bom: true), PublishedAt));

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("", "line 1: missing header")]
    [InlineData("level,province,city,district\nhigh,北京市,,顺义区\n", "line 1: missing column 'area'")]
    [InlineData("level,province,city,district,area,notes\n", "line 1: unexpected columns")]
    public void Parse_ThrowsOnLineOne_WhenHeaderWrong(string csv, string expected)
    {
        var error = Assert.Throws<RiskListFormatException>(() => RiskCsvParser.Parse(Utf8(csv, bom: false), PublishedAt));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Throws_WhenNotUtf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("level,province,city,district,area\nhigh,"), 0xff, 0xfe, 0x41, (byte)'\n'];

        Assert.Throws<RiskListFormatException>(() => RiskCsvParser.Parse(new MemoryStream(bytes), PublishedAt));
    }

    private static MemoryStream Utf8(string text, bool bom) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);
}

using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class HomeAddressParserTests
{
    [Theory]
    [InlineData("5号楼2单元301", "5", "2", "301")]
    [InlineData("5-2-301", "5", "2", "301")]
    [InlineData("5栋201", "5", null, "201")]
    [InlineData("5幢2单元301室", "5", "2", "301")]
    [InlineData("A座1502", "A", null, "1502")]
    [InlineData("a座1502", "A", null, "1502")]
    [InlineData("5 2 301", "5", "2", "301")]
    [InlineData("5号楼301", "5", null, "301")]
    [InlineData("5-301", "5", null, "301")]
    [InlineData("12号楼3单元502", "12", "3", "502")]
    [InlineData("五号楼二单元301", "5", "2", "301")]
    [InlineData("十二栋1单元1201", "12", "1", "1201")]
    [InlineData("5栋2-301", "5", "2", "301")]
    [InlineData("5#2-301", "5", "2", "301")]
    [InlineData("B2栋1单元1001号", "B2", "1", "1001")]
    [InlineData("５号楼２单元３０１", "5", "2", "301")]
    [InlineData("阳光花园5号楼2单元301", "5", "2", "301")]
    [InlineData("阳光花园二期15号楼2单元301", "15", "2", "301")]
    [InlineData("5号楼2门301", "5", "2", "301")]
    public void TryParse_ReturnsBuildingUnitRoom_WhenAddressHasARoom(string input, string building, string? unit, string room)
    {
        Assert.True(HomeAddressParser.TryParse(input, out var address));
        Assert.Equal(new HomeAddress(building, unit, room), address);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5号楼")]
    [InlineData("5号楼2单元")]
    [InlineData("5-2")]
    [InlineData("5")]
    [InlineData("301")]
    [InlineData("2单元301")]
    [InlineData("阳光花园")]
    [InlineData("<b>5-2-301</b>")]
    [InlineData("5-2-301; DROP TABLE homes")]
    public void TryParse_ReturnsFalse_WhenThereIsNoRoomNumber(string? input)
    {
        Assert.False(HomeAddressParser.TryParse(input, out var address));
        Assert.Null(address);
    }

    [Fact]
    public void TryParse_ReturnsFalse_WhenInputIsHuge()
    {
        Assert.False(HomeAddressParser.TryParse(string.Concat(Enumerable.Repeat("5号楼", 3000)) + "2单元301", out _));
    }
}

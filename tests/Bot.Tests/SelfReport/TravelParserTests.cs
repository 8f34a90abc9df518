using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport;

public sealed class TravelParserTests
{
    [Theory]
    [InlineData("高铁 G1234", TravelModes.Train, "G1234")]
    [InlineData("高铁G1234", TravelModes.Train, "G1234")]
    [InlineData("G1234", TravelModes.Train, "G1234")]
    [InlineData("g 1234", TravelModes.Train, "G1234")]
    [InlineData("火车/高铁", TravelModes.Train, null)]
    [InlineData("坐动车回来的", TravelModes.Train, null)]
    [InlineData("火车 1461", TravelModes.Train, "1461")]
    [InlineData("K1234次列车", TravelModes.Train, "K1234")]
    [InlineData("CA1234", TravelModes.Flight, "CA1234")]
    [InlineData("MU5101", TravelModes.Flight, "MU5101")]
    [InlineData("mu 5101", TravelModes.Flight, "MU5101")]
    [InlineData("3U8888", TravelModes.Flight, "3U8888")]
    [InlineData("飞机 CA1234", TravelModes.Flight, "CA1234")]
    [InlineData("飞机", TravelModes.Flight, null)]
    [InlineData("自驾", TravelModes.Car, null)]
    [InlineData("自驾 京A12345", TravelModes.Car, "京A12345")]
    [InlineData("京A·12345", TravelModes.Car, "京A12345")]
    [InlineData("大巴", TravelModes.Bus, null)]
    [InlineData("坐长途汽车", TravelModes.Bus, null)]
    [InlineData("其他", TravelModes.Other, null)]
    [InlineData("train G1234", TravelModes.Train, "G1234")]
    [InlineData("Flight CA1234", TravelModes.Flight, "CA1234")]
    [InlineData("I drove my car", TravelModes.Car, null)]
    [InlineData("Bus", TravelModes.Bus, null)]
    [InlineData("Other", TravelModes.Other, null)]
    [InlineData("飞机转高铁", TravelModes.Flight, null)]
    [InlineData("高铁 ABCDEFG", TravelModes.Train, null)]
    public void TryParse_ReturnsModeAndNumber_WhenAnswerNamesAMode(string input, string mode, string? number)
    {
        Assert.True(TravelParser.TryParse(input, out var travel));
        Assert.Equal(new TravelAnswer(mode, number), travel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("不知道")]
    [InlineData("12345")]
    [InlineData("chair")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void TryParse_ReturnsFalse_WhenNoModeOrNumberIsRecognised(string? input)
    {
        Assert.False(TravelParser.TryParse(input, out var travel));
        Assert.Null(travel);
    }
}

using CommunityNotices.Privacy;

namespace CommunityNotices.Shared.Tests.Privacy;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("张三华", "张*华")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("阿卜杜拉·买买提", "阿******提")]
    [InlineData("Li Lei", "L***i")]
    [InlineData("Alexander Hamilton", "A***n")]
    [InlineData("张", "*")]
    [InlineData("Al", "A*")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Name_HidesAllButFirstAndLast_WhenNameHasSeveralCharacters(string? input, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Name(input));

    [Fact]
    public void Name_DoesNotRevealControlCharacters_WhenNameContainsThem() =>
        Assert.Equal("张*华", PersonalDataMask.Name("\u202E张三华\u0007"));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("0086 13812345678", "138****5678")]
    [InlineData("12345", "***")]
    [InlineData(null, "***")]
    public void Phone_HidesMiddleFourDigits_WhenNumberIsAMobile(string? input, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Phone(input));

    [Theory]
    [InlineData("5", "2", "5号楼2单元")]
    [InlineData("5", null, "5号楼")]
    public void Home_NamesBuildingAndUnit_NeverTheRoom(string building, string? unit, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Home(building, unit));
}

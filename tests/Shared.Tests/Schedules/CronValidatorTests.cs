using CommunityNotices.Schedules;
namespace CommunityNotices.Shared.Tests.Schedules;

public class CronValidatorTests
{
    [Theory]
    [InlineData("0 30 8 ? * MON,THU")]
    [InlineData("0 0 9 * * ?")]
    [InlineData("0 30 8 15 12 ? 2026")]
    [InlineData("0/10 * * * * ?")]
    public void Validate_ReturnsNull_WhenCronIsValid(string cron)
    {
        Assert.Null(CronValidator.Validate(cron));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_SaysRequired_WhenCronIsBlank(string? cron)
    {
        Assert.StartsWith("Cron expression is required", CronValidator.Validate(cron), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 61 8 * * ?", "Minute and Second values must be between 0 and 59")]
    [InlineData("0 0 12 ? * FOO", "Invalid Day-of-Week value: 'FOO'")]
    [InlineData("30 8 * * 1", "has 5 fields")]
    [InlineData("0 0 0 ? * MON 1960", "Year values must be between 1970")]
    public void Validate_QuotesCronAndQuartzReason_WhenCronIsInvalid(string cron, string reason)
    {
        var message = CronValidator.Validate(cron);

        Assert.NotNull(message);
        Assert.StartsWith($"Cron expression \"{cron}\" is invalid: ", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NeverThrows_WhenGivenRandomFieldSoup()
    {
        var random = new Random(20261215);
        string[] parts = ["*", "?", "0", "59", "60", "-", ",", "/", "L", "W", "#", "MON", "JAN", "1-5", "5/0", "L-3", "15W", "6#3", "2999", "", " "];
        for (var i = 0; i < 2000; i++)
        {
            var fields = Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => parts[random.Next(parts.Length)])));
            var cron = string.Join(' ', fields);

            var exception = Record.Exception(() => CronValidator.Validate(cron));

            Assert.Null(exception);
        }
    }
}

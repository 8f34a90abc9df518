using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport.Support;

internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

using CommunityNotices.Broadcasts;
using CommunityNotices.Groups;
using CommunityNotices.Notifier.Deliveries;

namespace CommunityNotices.Notifier.Tests.Deliveries;

public sealed class DigestPlannerTests
{
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_SendsEachAlone_WhenWithinCapacity()
    {
        var plan = DigestPlanner.Plan([Notice(1), Notice(2)], capacity: 15, perMinute: 20, Now);

        Assert.Equal(2, plan.Sends.Count);
        Assert.All(plan.Sends, s => Assert.False(s.IsDigest));
        Assert.Empty(plan.Overflow);
    }

    [Fact]
    public void Plan_MergesNoticesForOneGroup_IntoOneDigest_WhenOverCapacity()
    {
        var notices = Enumerable.Range(1, 30).Select(i => Notice(i)).ToList();

        var plan = DigestPlanner.Plan(notices, capacity: 3, perMinute: 20, Now);

        var digest = Assert.Single(plan.Sends);
        Assert.True(digest.IsDigest);
        Assert.Equal(30, digest.All.Count());
        Assert.Empty(plan.Overflow);
    }

    [Fact]
    public void Plan_MergesEarly_OnceHalfTheMinutesAllowanceIsUsed()
    {
        var plan = DigestPlanner.Plan([Notice(1), Notice(2), Notice(3)], capacity: 8, perMinute: 20, Now);

        Assert.True(Assert.Single(plan.Sends).IsDigest);
    }

    [Fact]
    public void Plan_HoldsYoungNotices_SoTheRestOfABurstJoinsTheDigest()
    {
        var plan = DigestPlanner.Plan([Notice(1), Notice(2, queuedAt: Now.AddSeconds(-1))], capacity: 8, perMinute: 20, Now);

        Assert.Empty(plan.Sends);
        Assert.Equal(2, plan.Overflow.Count);
        Assert.Equal(Now.AddSeconds(-1) + DigestPlanner.Gather, plan.GatherUntil);
    }

    [Fact]
    public void Plan_NeverMergesOpenLetters_AndQueuesWhatDoesNotFit()
    {
        var letters = Enumerable.Range(1, 25).Select(i => Notice(i, BroadcastKind.OpenLetter)).ToList();

        var plan = DigestPlanner.Plan(letters, capacity: 20, perMinute: 20, Now);

        Assert.Equal(20, plan.Sends.Count);
        Assert.Equal(5, plan.Overflow.Count);
        Assert.Equal(Enumerable.Range(21, 5).Select(i => (long)i), plan.Overflow.Select(d => d.Id));
    }

    [Fact]
    public void Plan_SendsNothing_WhenNoCapacityLeft()
    {
        var plan = DigestPlanner.Plan([Notice(1, BroadcastKind.RiskUpdate)], capacity: 0, perMinute: 20, Now);

        Assert.Empty(plan.Sends);
        Assert.Single(plan.Overflow);
    }

    private static ClaimedDelivery Notice(long id, string kind = BroadcastKind.Notice, DateTimeOffset? queuedAt = null) =>
        new(id, Guid.NewGuid(), 0, Staff, ChannelKind.WeCom, "{}", "wecom:k", true, null, $"报备{id}", "内容", kind, BroadcastStatus.Sending, false, null, queuedAt ?? Now.AddMinutes(-1));
}

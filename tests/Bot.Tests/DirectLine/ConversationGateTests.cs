using CommunityNotices.Bot.DirectLine;

namespace CommunityNotices.Bot.Tests.DirectLine;

public sealed class ConversationGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecondTurnOfAConversation_WaitsForTheFirst_WhileOtherConversationsGoAhead()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync("a", Ct);
        var second = gate.EnterAsync("a", Ct);
        var other = await gate.EnterAsync("b", Ct);
        await Task.Delay(50, Ct);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        other.Dispose();
        Assert.Equal(0, gate.Count);
    }

    [Fact]
    public async Task CancelledWaiter_LeavesNoLockBehind()
    {
        var gate = new ConversationGate();
        var held = await gate.EnterAsync("a", Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync("a", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, gate.Count);
    }
}

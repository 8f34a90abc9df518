using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using CommunityNotices.Notifier.BotFramework;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// The delivery worker, run as a Hangfire job that carries no arguments (so never personal data): it claims due
/// deliveries in batches and sends them in waves (at most one message per robot per wave, all robots in parallel),
/// within each channel's rate limits. Bookkeeping is per wave, not per message: one statement marks a wave in flight,
/// one records its successes. Re-entrant: any number may run at once in any number of processes; claims and key
/// leases keep them apart.
/// </summary>
public sealed class DeliverPending(
    IServiceScopeFactory scopes, ChannelRegistry channels, IDeliveryKick kick, IOptions<DeliveryOptions> options,
    TimeProvider clock, ILogger<DeliverPending> logger) : IDisposable
{
    // Shared by every run in this process: bounds the sockets one process has open at once.
    private readonly SemaphoreSlim _sendSlots = new(options.Value.Concurrency);
    private readonly TenantPacer _tenants = new(options.Value.TeamsTenantPerSecond);

    [Queue("deliveries")]
    // Deliveries carry their own retry state and the sweep restarts work, so a failed run is deleted, not kept forever.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow().AddSeconds(settings.RunSeconds);
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
        while (clock.GetUtcNow() < deadline && !cancellationToken.IsCancellationRequested)
        {
            var token = Guid.NewGuid();
            var batch = await store.ClaimAsync(token, settings.BatchSize, lease, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await ProcessBatchAsync(store, batch, token, lease, settings, cancellationToken);
        }

        var (due, next) = await store.PeekAsync(CancellationToken.None);
        if (due)
        {
            kick.Kick();
        }
        else if (next is { } at && at - clock.GetUtcNow() < TimeSpan.FromSeconds(settings.SweepSeconds))
        {
            // Sooner than the sweep would notice.
            kick.Kick(at);
        }
    }

    public void Dispose() => _sendSlots.Dispose();

    private async Task ProcessBatchAsync(DeliveryStore store, IReadOnlyList<ClaimedDelivery> batch, Guid token, TimeSpan lease, DeliveryOptions settings, CancellationToken ct)
    {
        // Shared blocks first: reading them may create rows, which must not disturb the leased states below.
        var tenants = await store.BlocksAsync(batch.Select(d => TenantKey.Of(d.Channel, d.Address)).OfType<string>().Distinct().ToList(), ct);
        var states = await store.LeaseKeysAsync(batch.Select(d => d.RateKey).Distinct().ToList(), token, lease, ct);
        var leased = states.ToDictionary(s => s.Key);
        // Another worker is sending through these robots right now; try again shortly.
        await store.PostponeAsync(batch.Where(d => !leased.ContainsKey(d.RateKey)).Select(d => d.Id).ToList(), clock.GetUtcNow().AddSeconds(2), token, ct);
        var mine = batch.Where(d => leased.ContainsKey(d.RateKey)).ToList();

        await store.CancelAsync(mine.Where(d => d.BroadcastStatus == BroadcastStatus.Cancelled).Select(d => d.Id).ToList(), token, ct);
        mine = mine.Where(d => d.BroadcastStatus != BroadcastStatus.Cancelled).ToList();
        foreach (var inactive in mine.Where(d => !d.GroupActive).GroupBy(d => d.GroupInactiveReason))
        {
            await store.FailAsync(inactive.Select(d => d.Id).ToList(), $"group is inactive: {inactive.Key}", token, ct);
        }

        // A worker died between calling the channel and recording the answer: the group may already have it.
        await store.FailAsync(mine.Where(d => d.GroupActive && d.InFlightSince is not null).Select(d => d.Id).ToList(),
            "outcome unknown: the sending worker stopped while the channel was being called; the group may have received it, so it is not sent again",
            token, ct);

        var sendable = mine.Where(d => d.GroupActive && d.InFlightSince is null).ToList();
        var robots = sendable.GroupBy(d => d.RateKey)
            .Select(g => Robot.Plan(g.ToList(), leased[g.Key], channels.For(g.First().Channel), TenantKey.Of(g.First().Channel, g.First().Address), tenants, clock.GetUtcNow()))
            .ToList();
        await SendInWavesAsync(store, robots, token, lease, settings, ct);

        var now = clock.GetUtcNow();
        foreach (var robot in robots)
        {
            var resumeAt = robot.State.BlockedUntil is { } b && b > now ? b : robot.Window.NextFreeSlot(robot.Channel.Limits, now);
            if (robot.GatherUntil is { } gather && gather > resumeAt)
            {
                resumeAt = gather;
            }

            await store.PostponeAsync(robot.Waiting.Select(d => d.Id).ToList(), resumeAt, token, CancellationToken.None);
            robot.State.RecentSends = robot.Window.Serialize(now);
        }

        await store.ReleaseKeysAsync(states, CancellationToken.None);
        await store.CompleteBroadcastsAsync(batch.Select(d => d.BroadcastId).Distinct().ToList(), CancellationToken.None);
    }

    private async Task SendInWavesAsync(DeliveryStore store, List<Robot> robots, Guid token, TimeSpan lease, DeliveryOptions settings, CancellationToken ct)
    {
        var renewed = clock.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var pending = robots.Where(r => r.HasNext).ToList();
            if (pending.Count == 0)
            {
                return;
            }

            var wave = pending.Where(r => r.Window.PerSecondWait(r.Channel.Limits, now) == TimeSpan.Zero)
                .Where(r => r.Tenant is null || _tenants.TryTake(r.Tenant, now))
                .ToList();
            if (wave.Count == 0)
            {
                await Task.Delay(pending.Min(r => Max(r.Window.PerSecondWait(r.Channel.Limits, now), r.Tenant is null ? TimeSpan.Zero : _tenants.Wait(r.Tenant, now)))
                    + TimeSpan.FromMilliseconds(1), clock, ct);
                continue;
            }

            if (now - renewed > lease / 3)
            {
                await store.RenewAsync(token, lease, CancellationToken.None);
                renewed = now;
            }

            var sends = wave.Select(r => (Robot: r, Send: r.TakeNext())).ToList();
            var owned = await store.MarkInFlightAsync(sends.SelectMany(s => s.Send.All).Select(d => d.Id).ToList(), token, CancellationToken.None);
            // A lease that ran out (a stalled process) means another worker has these now: leave them to it.
            sends = sends.Where(s => s.Send.All.All(d => owned.Contains(d.Id))).ToList();
            // Not cancellable: an abandoned call would leave the outcome unknown; the HTTP timeout bounds it instead.
            var outcomes = await Task.WhenAll(sends.Select(s => SendAsync(s.Robot, s.Send)));
            await RecordAsync(store, sends.Zip(outcomes, (s, o) => (s.Robot, s.Send, Outcome: o)).ToList(), token, settings);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task<SendOutcome> SendAsync(Robot robot, PlannedSend send)
    {
        await _sendSlots.WaitAsync();
        try
        {
            SendOutcome outcome = SendOutcome.Failure("nothing to send");
            foreach (var part in MessageShaper.Shape(send, robot.Channel.Limits))
            {
                robot.Window.Record(clock.GetUtcNow());
                outcome = await robot.Channel.SendAsync(send.Carrier.Address, part, CancellationToken.None);
                if (outcome.Status != SendStatus.Delivered)
                {
                    break;
                }
            }

            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Channels classify their own failures; anything else is a bug worth retrying rather than losing the delivery.
            logger.LogError(e, "Channel {Channel} threw while sending delivery {DeliveryId}", robot.Channel.Kind, send.Carrier.Id);
            return SendOutcome.Retry(TimeSpan.FromSeconds(30), $"unexpected error: {e.GetType().Name}");
        }
        finally
        {
            _sendSlots.Release();
        }
    }

    private async Task RecordAsync(DeliveryStore store, List<(Robot Robot, PlannedSend Send, SendOutcome Outcome)> results, Guid token, DeliveryOptions settings)
    {
        var ct = CancellationToken.None;
        var plain = results.Where(r => r.Outcome.Status == SendStatus.Delivered && !r.Send.IsDigest && r.Outcome.MessageId is null).ToList();
        await store.DeliveredAsync(plain.Select(r => r.Send.Carrier.Id).ToList(), carrierId: 0, messageId: null, token, ct);

        foreach (var (robot, send, outcome) in results.Except(plain))
        {
            var ids = send.All.Select(d => d.Id).ToList();
            switch (outcome.Status)
            {
                case SendStatus.Delivered:
                    await store.DeliveredAsync(ids, send.Carrier.Id, outcome.MessageId, token, ct);
                    break;
                case SendStatus.RetryAfter:
                    if (send.Carrier.Attempts + 1 >= settings.MaxAttempts)
                    {
                        await store.FailAsync(ids, $"gave up after {settings.MaxAttempts} attempts: {outcome.Reason}", token, ct);
                    }
                    else
                    {
                        await store.RetryAsync(ids, clock.GetUtcNow() + Backoff(send.Carrier.Attempts, outcome.RetryAfter), outcome.Reason ?? "retry", token, ct);
                    }

                    if (outcome.RetryAfter is { } pause && pause > TimeSpan.Zero)
                    {
                        // The vendor said "too fast" (or is down) for this robot: nobody sends through it until then.
                        robot.Block(clock.GetUtcNow() + pause);
                        if (robot.Tenant is { } tenant && outcome.Reason?.StartsWith("429", StringComparison.Ordinal) == true)
                        {
                            // Teams' per-tenant limit: every worker slows down for every conversation of the tenant.
                            await store.BlockAsync(tenant, clock.GetUtcNow() + pause, ct);
                        }
                    }

                    break;
                default:
                    await store.FailAsync(ids, outcome.Reason ?? "failed", token, ct);
                    if (outcome.DeactivateGroup)
                    {
                        await store.DeactivateGroupAsync(send.Carrier.GroupId, outcome.Reason ?? "the channel refused the group", ct);
                        await store.FailAsync(robot.DropGroup(send.Carrier.GroupId).Select(d => d.Id).ToList(), "group was deactivated by an earlier send", token, ct);
                        logger.LogWarning("Group {GroupId} deactivated: {Reason}", send.Carrier.GroupId, outcome.Reason);
                    }

                    break;
            }
        }
    }

    /// <summary>Exponential with jitter, never sooner than the channel asked: 5 s, 10 s, 20 s … up to 10 minutes.</summary>
    private static TimeSpan Backoff(int attempts, TimeSpan? requested)
    {
        var exponential = TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, Math.Min(attempts, 10))));
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return requested is { } r && r > jittered ? r : jittered;
    }

    /// <summary>One rate-limited identity within a batch: what it may send now, in order, and what has to wait.</summary>
    private sealed class Robot
    {
        private readonly Queue<PlannedSend> _sends;
        private readonly List<ClaimedDelivery> _waiting;

        private Robot(RateLimitState state, IChannel channel, RateWindow window, DigestPlan plan, string? tenant)
        {
            State = state;
            Tenant = tenant;
            Channel = channel;
            Window = window;
            _sends = new Queue<PlannedSend>(plan.Sends);
            _waiting = [.. plan.Overflow];
            GatherUntil = plan.GatherUntil;
        }

        /// <summary>When held notices may go out as one digest; the robot's free slot may come sooner.</summary>
        public DateTimeOffset? GatherUntil { get; }

        public RateLimitState State { get; }
        public string? Tenant { get; }
        public IChannel Channel { get; }
        public RateWindow Window { get; }
        public bool HasNext => _sends.Count > 0;
        public IReadOnlyList<ClaimedDelivery> Waiting => _waiting;

        public static Robot Plan(List<ClaimedDelivery> deliveries, RateLimitState state, IChannel channel, string? tenant,
            IReadOnlyDictionary<string, DateTimeOffset> tenantBlocks, DateTimeOffset now)
        {
            var window = RateWindow.Parse(state.RecentSends);
            if (tenant is not null && tenantBlocks.TryGetValue(tenant, out var tenantBlocked) && (state.BlockedUntil is null || state.BlockedUntil < tenantBlocked))
            {
                state.BlockedUntil = tenantBlocked;
            }

            var blocked = state.BlockedUntil is { } b && b > now;
            var plan = blocked
                ? new DigestPlan([], deliveries)
                : DigestPlanner.Plan(deliveries, window.Capacity(channel.Limits, now), channel.Limits.PerMinute, now);
            return new Robot(state, channel, window, plan, tenant);
        }

        public PlannedSend TakeNext() => _sends.Dequeue();

        /// <summary>Stops sending through this robot; what was planned waits until the block ends.</summary>
        public void Block(DateTimeOffset until)
        {
            State.BlockedUntil = until;
            _waiting.AddRange(_sends.SelectMany(s => s.All));
            _sends.Clear();
        }

        /// <summary>Removes a deactivated group's remaining sends and returns their deliveries.</summary>
        public List<ClaimedDelivery> DropGroup(Guid groupId)
        {
            var dropped = _sends.Where(s => s.Carrier.GroupId == groupId).SelectMany(s => s.All)
                .Concat(_waiting.Where(d => d.GroupId == groupId)).ToList();
            var keep = _sends.Where(s => s.Carrier.GroupId != groupId).ToList();
            _sends.Clear();
            foreach (var send in keep)
            {
                _sends.Enqueue(send);
            }

            _waiting.RemoveAll(d => d.GroupId == groupId);
            return dropped;
        }
    }
}

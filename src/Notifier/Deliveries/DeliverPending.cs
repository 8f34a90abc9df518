using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>
/// The delivery worker, run as a Hangfire job that carries no arguments (so never personal data): it claims due
/// deliveries in batches, sends them through each group's channel within that channel's rate limits, and records every
/// outcome. Re-entrant: any number may run at once in any number of processes; claims and key leases keep them apart.
/// </summary>
public sealed class DeliverPending(
    IServiceScopeFactory scopes, ChannelRegistry channels, IDeliveryKick kick, IOptions<DeliveryOptions> options,
    TimeProvider clock, ILogger<DeliverPending> logger)
{
    [Queue("deliveries")]
    [AutomaticRetry(Attempts = 0)] // Deliveries carry their own retry state; a failed run is simply followed by the next.
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow().AddSeconds(settings.RunSeconds);
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        while (clock.GetUtcNow() < deadline && !cancellationToken.IsCancellationRequested)
        {
            var token = Guid.NewGuid();
            IReadOnlyList<ClaimedDelivery> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                batch = await scope.ServiceProvider.GetRequiredService<DeliveryStore>().ClaimAsync(token, settings.BatchSize, lease, cancellationToken);
            }

            if (batch.Count == 0)
            {
                break;
            }

            await ProcessBatchAsync(batch, token, lease, settings, cancellationToken);
        }

        await using var peekScope = scopes.CreateAsyncScope();
        var (due, next) = await peekScope.ServiceProvider.GetRequiredService<DeliveryStore>().PeekAsync(CancellationToken.None);
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

    private async Task ProcessBatchAsync(IReadOnlyList<ClaimedDelivery> batch, Guid token, TimeSpan lease, DeliveryOptions settings, CancellationToken ct)
    {
        var byKey = batch.GroupBy(d => d.RateKey).ToDictionary(g => g.Key, g => g.ToList());
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
        var states = await store.LeaseKeysAsync(byKey.Keys, token, lease, ct);
        var leased = states.ToDictionary(s => s.Key);
        var busy = byKey.Where(k => !leased.ContainsKey(k.Key)).SelectMany(k => k.Value).Select(d => d.Id).ToList();
        // Another worker is sending through these robots right now; try again shortly.
        await store.PostponeAsync(busy, clock.GetUtcNow().AddSeconds(2), token, ct);

        await Parallel.ForEachAsync(states, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
            async (state, token2) => await SendThroughKeyAsync(state, byKey[state.Key], token, settings, token2));

        await store.ReleaseKeysAsync(states, CancellationToken.None);
        await store.CompleteBroadcastsAsync(batch.Select(d => d.BroadcastId).Distinct().ToList(), CancellationToken.None);
    }

    private async Task SendThroughKeyAsync(RateLimitState state, List<ClaimedDelivery> deliveries, Guid token, DeliveryOptions settings, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
        var now = clock.GetUtcNow();

        var cancelled = deliveries.Where(d => d.BroadcastStatus == BroadcastStatus.Cancelled).ToList();
        await store.CancelAsync(cancelled.Select(d => d.Id).ToList(), token, ct);
        var inactive = deliveries.Except(cancelled).Where(d => !d.GroupActive).ToList();
        if (inactive.Count > 0)
        {
            await store.FailAsync(inactive.Select(d => d.Id).ToList(), $"group is inactive: {inactive[0].GroupInactiveReason}", token, ct);
        }

        var ready = deliveries.Except(cancelled).Except(inactive).ToList();
        if (ready.Count == 0)
        {
            return;
        }

        if (state.BlockedUntil is { } blocked && blocked > now)
        {
            await store.PostponeAsync(ready.Select(d => d.Id).ToList(), blocked, token, ct);
            return;
        }

        var channel = channels.For(ready[0].Channel);
        var window = RateWindow.Parse(state.RecentSends);
        var plan = DigestPlanner.Plan(ready, window.Capacity(channel.Limits, now));
        var deactivated = new HashSet<Guid>();
        var stopAt = -1;
        for (var i = 0; i < plan.Sends.Count; i++)
        {
            var send = plan.Sends[i];
            var ids = send.All.Select(d => d.Id).ToList();
            if (deactivated.Contains(send.Carrier.GroupId))
            {
                await store.FailAsync(ids, "group was deactivated by an earlier send", token, ct);
                continue;
            }

            var wait = window.PerSecondWait(channel.Limits, clock.GetUtcNow());
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct);
            }

            var outcome = await SendAsync(channel, send, window, ct);
            switch (outcome.Status)
            {
                case SendStatus.Delivered:
                    await store.DeliveredAsync(ids, send.Carrier.Id, outcome.MessageId, token, CancellationToken.None);
                    break;
                case SendStatus.RetryAfter:
                    var retryAt = clock.GetUtcNow() + Backoff(send.Carrier.Attempts, outcome.RetryAfter);
                    if (send.Carrier.Attempts + 1 >= settings.MaxAttempts)
                    {
                        await store.FailAsync(ids, $"gave up after {settings.MaxAttempts} attempts: {outcome.Reason}", token, CancellationToken.None);
                    }
                    else
                    {
                        await store.RetryAsync(ids, retryAt, outcome.Reason ?? "retry", token, CancellationToken.None);
                    }

                    if (outcome.RetryAfter is { } pause && pause > TimeSpan.Zero)
                    {
                        // The vendor said "too fast" for this robot: nobody sends through it until then.
                        state.BlockedUntil = clock.GetUtcNow() + pause;
                        stopAt = i + 1;
                    }

                    break;
                default:
                    await store.FailAsync(ids, outcome.Reason ?? "failed", token, CancellationToken.None);
                    if (outcome.DeactivateGroup)
                    {
                        deactivated.Add(send.Carrier.GroupId);
                        await store.DeactivateGroupAsync(send.Carrier.GroupId, outcome.Reason ?? "the channel refused the group", CancellationToken.None);
                        logger.LogWarning("Group {GroupId} deactivated: {Reason}", send.Carrier.GroupId, outcome.Reason);
                    }

                    break;
            }

            if (stopAt >= 0)
            {
                break;
            }
        }

        var waiting = plan.Overflow.Concat(stopAt >= 0 ? plan.Sends.Skip(stopAt).SelectMany(s => s.All) : []).Select(d => d.Id).ToList();
        var resumeAt = state.BlockedUntil is { } b && b > clock.GetUtcNow() ? b : window.NextFreeSlot(channel.Limits, clock.GetUtcNow());
        await store.PostponeAsync(waiting, resumeAt, token, CancellationToken.None);
        state.RecentSends = window.Serialize(clock.GetUtcNow());
    }

    private async Task<SendOutcome> SendAsync(IChannel channel, PlannedSend send, RateWindow window, CancellationToken ct)
    {
        SendOutcome outcome = SendOutcome.Failure("nothing to send");
        foreach (var part in MessageShaper.Shape(send, channel.Limits))
        {
            window.Record(clock.GetUtcNow());
            outcome = await channel.SendAsync(send.Carrier.Address, part, ct);
            if (outcome.Status != SendStatus.Delivered)
            {
                break;
            }
        }

        return outcome;
    }

    /// <summary>Exponential with jitter, never sooner than the channel asked: 5 s, 10 s, 20 s … up to 10 minutes.</summary>
    private static TimeSpan Backoff(int attempts, TimeSpan? requested)
    {
        var exponential = TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, Math.Min(attempts, 10))));
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return requested is { } r && r > jittered ? r : jittered;
    }
}

using CommunityNotices.DirectLine;
using CommunityNotices.Persistence;
using CommunityNotices.Storage;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// The persisted transcript of a web chat conversation on our own Direct Line endpoint. Appending assigns what the
/// Web Chat client relies on: a server id, the next watermark and a timestamp later than every earlier one. Any process
/// may append (the Bot during a turn, a Notifier for a check-in); readers in other processes see it on their next poll.
/// </summary>
public sealed class DirectLineTranscript(IServiceScopeFactory scopes, TranscriptSignal signal, IDatabaseProvider database, TimeProvider clock)
{
    /// <summary>Marks conversation references that belong to this endpoint rather than to a Bot Framework channel.</summary>
    public const string ServiceUrl = "urn:community-notices:directline";

    public const string ChannelId = "directline";

    /// <summary>The notification topic an append is announced on, so streams in other processes push it at once.</summary>
    public const string Topic = "directline_appended";

    private const int MaxAttempts = 20;

    private static readonly JsonSerializerSettings Json = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
    };

    public static bool Owns(ConversationReference reference) =>
        reference.ServiceUrl == ServiceUrl && reference.ChannelId == ChannelId;

    /// <summary>Stamps <paramref name="activity"/> with id and timestamp, stores it, and wakes the conversation's streams.</summary>
    /// <exception cref="KeyNotFoundException">The conversation does not exist (any more).</exception>
    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
            var last = await db.DirectLineActivities.AsNoTracking()
                .Where(a => a.ConversationId == conversationId)
                .OrderByDescending(a => a.Index)
                .Select(a => new { a.Index, a.Timestamp })
                .FirstOrDefaultAsync(ct);

            var index = (last?.Index ?? -1) + 1;
            var now = clock.GetUtcNow();
            // Web Chat orders by timestamp; two activities in one millisecond (or a skewed clock between processes)
            // must still come out in transcript order.
            var timestamp = last is not null && now <= last.Timestamp ? last.Timestamp.AddMilliseconds(1) : now;
            activity.Id = $"{conversationId}|{index:D7}";
            activity.Timestamp = timestamp;
            activity.ChannelId = ChannelId;
            activity.ServiceUrl = ServiceUrl;

            db.DirectLineActivities.Add(new DirectLineActivity(conversationId, index, activity.Id, timestamp, Serialize(activity)));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                if (!await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, ct))
                {
                    // Purged (idle past the retention) or never existed: no watermark will ever be free.
                    throw new KeyNotFoundException($"Web chat conversation {conversationId} no longer exists.");
                }

                // Another writer took this watermark; read the tail again.
                await Task.Delay(Random.Shared.Next(5, 20) * attempt, ct);
                continue;
            }

            await db.DirectLineConversations.Where(c => c.Id == conversationId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastActivityAt, now), ct);
            signal.Pulse(conversationId);
            await database.NotifyAsync(db, Topic, conversationId, ct);
            return activity;
        }
    }

    /// <summary>A private message from the bot outside a turn (check-ins, re-evaluations).</summary>
    public Task<Activity> AppendProactiveAsync(ConversationReference reference, string text, CancellationToken ct)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        activity.ApplyConversationReference(reference);
        activity.From ??= reference.Bot;
        activity.Recipient ??= reference.User;
        if (activity.From is not null)
        {
            activity.From.Role = RoleTypes.Bot;
        }

        activity.ReplyToId = null;
        return AppendAsync(reference.Conversation.Id, activity, ct);
    }

    /// <summary>Activities after <paramref name="watermark"/> (all when null), as the JSON clients receive, and the new watermark.</summary>
    public async Task<TranscriptPage> ReadAsync(string conversationId, long? watermark, CancellationToken ct, int max = 200)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var after = watermark ?? -1;
        var rows = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Index > after)
            .OrderBy(a => a.Index)
            .Take(max)
            .Select(a => new { a.Index, a.Json })
            .ToListAsync(ct);
        return new TranscriptPage(rows.Select(r => r.Json).ToList(), rows.Count > 0 ? rows[^1].Index : watermark);
    }

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Json);
}

/// <summary>A slice of a transcript: activities as JSON and the watermark after them (null when the transcript is empty).</summary>
public sealed record TranscriptPage(IReadOnlyList<string> Activities, long? Watermark);

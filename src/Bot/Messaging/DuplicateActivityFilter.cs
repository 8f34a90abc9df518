using CommunityNotices.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Messaging;

/// <summary>
/// Channels retry deliveries they think failed; the same message activity (channel + conversation + id) is handled
/// once. The unique key in the database makes this hold across several Bot processes.
/// </summary>
public sealed class DuplicateActivityFilter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DuplicateActivityFilter> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id) || await IsFirstTimeAsync(activity, cancellationToken))
        {
            await next(cancellationToken);
            return;
        }

        logger.LogInformation("Ignored a repeated delivery of activity {ActivityId} on {ChannelId}", activity.Id, activity.ChannelId);
    }

    private async Task<bool> IsFirstTimeAsync(IActivity activity, CancellationToken ct)
    {
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        if (key.Length > 400)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        db.ProcessedActivities.Add(new ProcessedActivity { Key = key, At = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.ProcessedActivities.AsNoTracking().AnyAsync(a => a.Key == key, ct))
            {
                return false;
            }

            throw;
        }
    }
}

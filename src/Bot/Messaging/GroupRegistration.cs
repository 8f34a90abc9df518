using CommunityNotices.Groups;
using CommunityNotices.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;

namespace CommunityNotices.Bot.Messaging;

/// <summary>
/// When the bot is added to a group conversation (a Teams channel or group chat), the conversation is stored as a
/// Group that broadcasts can target. It belongs to no community until staff bind it (PATCH /api/groups/{id}).
/// </summary>
public sealed class GroupRegistration(NoticesDb db, TimeProvider clock)
{
    public async Task<Group> RegisterAsync(ITurnContext turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reference = turn.Activity.GetConversationReference();
        var address = JsonConvert.SerializeObject(reference);
        var rateKey = RateKeyOf(turn.Activity);
        var existing = await db.Groups.SingleOrDefaultAsync(g => g.Channel == ChannelKind.BotFramework && g.RateKey == rateKey, ct);
        var now = clock.GetUtcNow();
        if (existing is not null)
        {
            // The service URL can change (Teams moves conversations between regions): keep the newest reference.
            existing.Update(null, null, address, null, null, now);
            existing.Reactivate(now);
            await db.SaveChangesAsync(ct);
            return existing;
        }

        var name = string.IsNullOrWhiteSpace(reference.Conversation.Name) ? $"{turn.Activity.ChannelId} 群聊" : reference.Conversation.Name;
        var group = new Group(null, name.Length > 200 ? name[..200] : name, ChannelKind.BotFramework, address, rateKey, [], now);
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    /// <summary>A Bot Framework group is identified (and rate-limited) by its channel and conversation.</summary>
    public static string RateKeyOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"botframework:{activity.ChannelId}:{activity.Conversation.Id}".ToLowerInvariant();
    }

    public async Task DeactivateAsync(ITurnContext turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rateKey = RateKeyOf(turn.Activity);
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Channel == ChannelKind.BotFramework && g.RateKey == rateKey, ct);
        if (group is not null)
        {
            group.Deactivate("the bot was removed from the conversation", clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }
}

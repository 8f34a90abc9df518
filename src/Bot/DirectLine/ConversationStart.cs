using CommunityNotices.DirectLine;
using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// Tells the bot a web chat conversation began, once: Web Chat never sends a conversationUpdate, and without one the
/// bot would not greet. The update is kept in the transcript because the greeting replies to it.
/// </summary>
public sealed class ConversationStart(
    NoticesDb db, DirectLineTranscript transcript, DirectLineAdapter adapter, IBot bot, BotIdentity identity, IHostApplicationLifetime lifetime)
{
    /// <returns>True when this call started the conversation.</returns>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string acceptLanguage)
    {
        var claimed = await db.DirectLineConversations
            .Where(c => c.Id == conversation.Id && !c.Started)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Started, true), lifetime.ApplicationStopping);
        if (claimed == 0)
        {
            return false;
        }

        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var botAccount = identity.Account();
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            From = user,
            Recipient = botAccount,
            Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: conversation.Id),
            MembersAdded = [botAccount, user],
            Locale = acceptLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "zh-CN",
            ChannelData = CommunityData(conversation),
        };

        var stored = await transcript.AppendAsync(conversation.Id, update, lifetime.ApplicationStopping);
        // The host's token, not the request's: a resident closing the page must not cut the bot's turn in half.
        await adapter.ProcessAsync(stored, bot, lifetime.ApplicationStopping);
        return true;
    }

    internal static JObject? CommunityData(DirectLineConversation conversation) =>
        conversation.CommunityCode is { } code ? new JObject { ["communityCode"] = code } : null;
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Bot.Tests.SelfReport;

/// <summary>
/// Drives the real bot (services from a running host, real database) turn by turn through the SDK's TestAdapter,
/// collecting every reply of each turn.
/// </summary>
internal sealed class BotConversation(IServiceProvider services, bool isGroup = false, string locale = "zh-CN")
{
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation($"conv-{Guid.NewGuid():N}", "resident-1", "bot"))
    {
        Locale = locale,
    };

    private int _nextId;

    public async Task<IReadOnlyList<IMessageActivity>> SayAsync(string text, string? activityId = null)
    {
        var activity = _adapter.MakeActivity(text);
        activity.Id = activityId ?? $"a{Interlocked.Increment(ref _nextId)}";
        activity.Conversation.IsGroup = isGroup;
        activity.Locale = locale;
        await using var scope = services.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        await _adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity());
        }

        return replies;
    }

    /// <summary>The channel tells the bot it was added to this (group) conversation.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> AddBotAsync()
    {
        var activity = _adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Conversation.IsGroup = isGroup;
        activity.Conversation.Name = "5号楼工作群";
        activity.MembersAdded = [activity.Recipient];
        await using var scope = services.CreateAsyncScope();
        await _adapter.ProcessActivityAsync(activity, scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity());
        }

        return replies;
    }

    public static string Text(IEnumerable<IMessageActivity> replies) => string.Join("\n", replies.Select(r => r.Text));
}

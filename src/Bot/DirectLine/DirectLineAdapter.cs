using CommunityNotices.Bot.Messaging;
using CommunityNotices.Notifier.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// Runs web chat activities through the same bot in-process: no HTTP loop through <c>/api/messages</c>, so the web
/// chat works whatever the Bot Framework app id. What the bot sends is appended to the conversation's transcript.
/// </summary>
public sealed partial class DirectLineAdapter : BotAdapter
{
    private readonly DirectLineTranscript _transcript;
    private readonly ConversationGate _turns = new();

    public DirectLineAdapter(DirectLineTranscript transcript, ILogger<DirectLineAdapter> logger)
    {
        _transcript = transcript;
        OnTurnError = TurnErrors.Apologize(logger);
    }

    /// <summary>
    /// One turn at a time per conversation in this process: a resident tapping two buttons quickly must not race on
    /// the conversation's state.
    /// </summary>
    public async Task ProcessAsync(Activity activity, IBot bot, CancellationToken ct)
    {
        using var held = await _turns.EnterAsync(activity.Conversation.Id, ct);
        using var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, bot.OnTurnAsync, ct);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypesEx.Delay)
            {
                await Task.Delay(activity.Value is int ms ? ms : 1000, cancellationToken);
                responses.Add(new ResourceResponse());
                continue;
            }

            if (activity.Type == ActivityTypesEx.InvokeResponse || activity.Type == ActivityTypes.Trace)
            {
                responses.Add(new ResourceResponse());
                continue;
            }

            // The SDK leaves replyToId off replies to a Direct Line conversationUpdate (the public service does not keep
            // those); ours does, and Web Chat orders replies by it.
            activity.ReplyToId ??= turnContext.Activity.Id;
            activity.From ??= turnContext.Activity.Recipient;
            if (activity.From is not null)
            {
                activity.From.Role = RoleTypes.Bot;
            }

            if (activity.Type == ActivityTypes.Message && activity.Text is { } text && activity.TextFormat is null or TextFormatTypes.Markdown)
            {
                // Web Chat renders Markdown, where a single line break is only a space.
                activity.Text = SingleLineBreak().Replace(text, "  \n");
            }

            var stored = await _transcript.AppendAsync(turnContext.Activity.Conversation.Id, activity, cancellationToken);
            responses.Add(new ResourceResponse(stored.Id));
        }

        return [.. responses];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\n ])\n(?!\n)")]
    private static partial System.Text.RegularExpressions.Regex SingleLineBreak();

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The web chat transcript is append-only.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The web chat transcript is append-only.");
}

using CommunityNotices.Bot.SelfReport;
using CommunityNotices.CheckIns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CommunityNotices.Bot.Messaging;

/// <summary>
/// The bot's entry point for every channel: the self-report conversation first, then a short help text. Greets a
/// resident who opens a private chat with a button to start a report.
/// </summary>
public sealed class NoticesBot(
    ConversationState conversationState, UserState userState, SelfReportConversation selfReport, GroupRegistration groups, GroupMessages groupMessages,
    RecordCheckInReply checkIns)
    : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var inGroup = turnContext.Activity.Conversation?.IsGroup == true;
        // Staff commands first: "今日报备" contains "报备" but is not a resident starting a report.
        if ((inGroup && await groupMessages.TryHandleAsync(turnContext, cancellationToken))
            || await selfReport.TryHandleAsync(turnContext, cancellationToken) || inGroup)
        {
            // In groups the bot speaks only when spoken to.
            return;
        }

        if (await checkIns.HandleAsync(turnContext.Activity.Conversation!.Id, turnContext.Activity.Text, cancellationToken) is { } answer)
        {
            await turnContext.SendActivityAsync(answer, cancellationToken: cancellationToken);
            return;
        }

        var english = BotLanguage.IsEnglish(turnContext.Activity);
        var reply = MessageFactory.Text(english
            ? "Hello! I am the community notice bot. Send \"report\" to report your return from a medium/high-risk area."
            : "您好！我是社区通知机器人。发送“报备”即可办理中高风险地区返乡报备。");
        if (turnContext.Activity.Conversation?.IsGroup != true)
        {
            reply.SuggestedActions = StartButton(english);
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>The SDK reports "members added" only for people; the bot itself joining or leaving a group is seen here.</summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.Conversation?.IsGroup != true)
        {
            await base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
            return;
        }

        if (activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            var group = await groups.RegisterAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(group.CommunityId is null
                ? $"大家好，我是社区通知机器人。本群已登记（群编号 {group.Id}），请社区工作人员在管理后台将本群绑定到社区后即可接收通知。"
                : "大家好，我是社区通知机器人，本群将接收社区通知。", cancellationToken: cancellationToken);
        }
        else if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await groups.DeactivateAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {

        var english = BotLanguage.IsEnglish(turnContext.Activity);
        var welcome = MessageFactory.Text(english
            ? "Welcome! If you have returned from a medium/high-risk area recently, tap \"Report\" (or send \"report\")."
            : "欢迎！如您近期从中高风险地区返回，请点击“报备”（或发送“报备”）。");
        welcome.SuggestedActions = StartButton(english);
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }

    private static SuggestedActions StartButton(bool english) => new()
    {
        Actions = [new CardAction(ActionTypes.ImBack, english ? "Report" : "报备", value: english ? "report" : "报备")],
    };
}

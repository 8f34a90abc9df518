using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CommunityNotices.Bot.Messaging;

/// <summary>
/// The bot's entry point for every channel. It greets new members and answers in zh-CN (English when the user's
/// locale is en-*); the self-report conversation plugs in here.
/// </summary>
public sealed class NoticesBot(ConversationState conversationState, UserState userState) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var english = BotLanguage.IsEnglish(turnContext.Activity);
        var text = english
            ? "Hello! I am the community notice bot. Send \"report\" to report your return from a medium/high-risk area."
            : "您好！我是社区通知机器人。发送“报备”即可办理中高风险地区返乡报备。";
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(m => m.Id != botId))
        {
            var english = BotLanguage.IsEnglish(turnContext.Activity);
            var text = english
                ? "Welcome! Send \"report\" to report your return from a medium/high-risk area."
                : "欢迎！如您近期从中高风险地区返回，请发送“报备”。";
            await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        }
    }
}

using Microsoft.Bot.Builder;

namespace CommunityNotices.Bot.Messaging;

/// <summary>What every adapter of the bot does with a failed turn: log it, tell the user something went wrong, leak nothing.</summary>
public static class TurnErrors
{
    public static Func<ITurnContext, Exception, Task> Apologize(ILogger logger) => async (turnContext, exception) =>
    {
        logger.LogError(exception, "Unhandled error in a bot turn ({ChannelId}, {ActivityType})", turnContext.Activity.ChannelId, turnContext.Activity.Type);
        await turnContext.SendActivityAsync(BotLanguage.IsEnglish(turnContext.Activity)
            ? "Sorry, something went wrong. Please try again in a moment."
            : "抱歉，系统出了点问题，请稍后再试。");
    };
}

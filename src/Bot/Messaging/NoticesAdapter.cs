using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CommunityNotices.Bot.Messaging;

/// <summary>The CloudAdapter with our error policy: log the failure, tell the user something went wrong, never leak details.</summary>
public sealed class NoticesAdapter : CloudAdapter
{
    public NoticesAdapter(BotFrameworkAuthentication authentication, DuplicateActivityFilter duplicates, ILogger<NoticesAdapter> logger)
        : base(authentication, logger)
    {
        Use(duplicates);
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a bot turn ({ChannelId}, {ActivityType})",
                turnContext.Activity.ChannelId, turnContext.Activity.Type);
            var english = BotLanguage.IsEnglish(turnContext.Activity);
            await turnContext.SendActivityAsync(english
                ? "Sorry, something went wrong. Please try again in a moment."
                : "抱歉，系统出了点问题，请稍后再试。");
        };
    }
}

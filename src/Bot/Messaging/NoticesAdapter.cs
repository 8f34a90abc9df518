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
        OnTurnError = TurnErrors.Apologize(logger);
    }
}

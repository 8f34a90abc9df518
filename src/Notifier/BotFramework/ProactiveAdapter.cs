using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>
/// The adapter a standalone Notifier uses to post into Bot Framework conversations proactively; it never receives
/// HTTP requests, so it needs only the SDK's base class (the Bot host uses its full CloudAdapter instead).
/// </summary>
public sealed class ProactiveAdapter(BotFrameworkAuthentication authentication, ILogger<ProactiveAdapter> logger)
    : CloudAdapterBase(authentication, logger);

using CommunityNotices.Notifier.BotFramework;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>Who the bot is on the web chat: its Bot Framework app id when it has one, so one resident sees one bot.</summary>
public sealed class BotIdentity(IOptions<BotFrameworkOptions> options)
{
    public ChannelAccount Account() => new(
        string.IsNullOrEmpty(options.Value.MicrosoftAppId) ? "community-notices-bot" : options.Value.MicrosoftAppId,
        "社区通知机器人",
        RoleTypes.Bot);
}

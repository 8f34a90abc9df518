using Microsoft.Bot.Schema;

namespace CommunityNotices.Bot.Messaging;

/// <summary>zh-CN unless the activity's locale is en-*.</summary>
internal static class BotLanguage
{
    public static bool IsEnglish(IActivity activity) =>
        (activity as Activity)?.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
}

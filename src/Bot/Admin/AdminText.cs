using System.Globalization;

namespace CommunityNotices.Bot.Admin;

/// <summary>
/// The admin pages' two languages side by side at the point of use: <c>@T("社区", "Communities")</c>. With two
/// languages and one reader of each text, keeping both next to the markup is easier to review and keep in step than
/// resx files keyed by name.
/// </summary>
public static class AdminText
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>A time as China's staff read it (UTC+8), whatever the server's zone.</summary>
    public static string ChinaTime(DateTimeOffset? time, string format = "yyyy-MM-dd HH:mm") =>
        time is { } t ? t.ToOffset(TimeSpan.FromHours(8)).ToString(format, CultureInfo.InvariantCulture) : "";
}

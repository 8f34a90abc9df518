using Quartz;

namespace CommunityNotices.Schedules;

/// <summary>Checks cron expressions with Quartz's own parser, so what passes here is what Quartz schedules.</summary>
public static class CronValidator
{
    /// <summary>
    /// Returns <see langword="null"/> when <paramref name="cron"/> is a valid Quartz cron expression
    /// (seconds first, six or seven fields), otherwise a message saying what is wrong.
    /// </summary>
    public static string? Validate(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "Cron expression is required (Quartz form, seconds first, e.g. \"0 30 8 ? * MON,THU\").";
        }

        try
        {
            _ = CronExpression.Parse(cron);
            return null;
        }
        catch (FormatException ex)
        {
            return $"Cron expression \"{cron}\" is invalid: {ex.Message}";
        }
    }
}

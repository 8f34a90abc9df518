namespace CommunityNotices.Schedules;

/// <summary>The outcome of <see cref="RecurrenceParser.Parse(Recurrence?, string)"/>.</summary>
/// <param name="Cron">The Quartz cron expression, or <see langword="null"/> when the input was invalid.</param>
/// <param name="Errors">One message per problem, each naming the field it is about; empty when valid.</param>
public sealed record RecurrenceResult(string? Cron, IReadOnlyList<string> Errors)
{
    /// <summary>Whether a cron expression was produced.</summary>
    public bool IsValid => Cron is not null;

    internal static RecurrenceResult Success(string cron) => new(cron, []);

    internal static RecurrenceResult Failure(IReadOnlyList<string> errors) => new(null, errors);
}

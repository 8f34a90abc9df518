namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// The numbers shown in the summary and accepted by "修改 N" / "edit N". They are fixed per field,
/// so "修改 5" always means the origin: when the community is bound to the chat, item 3 is simply
/// left out of the summary (1, 2, 4, 5, …) and "修改 3" is refused.
/// <list type="number">
/// <item>姓名 / Name</item>
/// <item>手机 / Phone</item>
/// <item>社区 / Community (only when not bound)</item>
/// <item>住址 / Home address</item>
/// <item>出发地 / Origin</item>
/// <item>出发日期 / Departure date</item>
/// <item>到达日期 / Arrival date</item>
/// <item>交通方式 / Travel</item>
/// <item>健康状况 / Health</item>
/// </list>
/// </summary>
public static class SummaryNumbers
{
    public const int Name = 1;
    public const int Phone = 2;
    public const int Community = 3;
    public const int Home = 4;
    public const int Origin = 5;
    public const int Departure = 6;
    public const int Arrival = 7;
    public const int Travel = 8;
    public const int Health = 9;

    private static readonly ReportStep[] Steps =
    [
        ReportStep.Name,
        ReportStep.Phone,
        ReportStep.Community,
        ReportStep.Home,
        ReportStep.Origin,
        ReportStep.Departure,
        ReportStep.Arrival,
        ReportStep.Travel,
        ReportStep.Health,
    ];

    /// <summary>The numbers shown in the summary, in order.</summary>
    public static IReadOnlyList<int> Shown(bool communityBound) =>
        communityBound ? [1, 2, 4, 5, 6, 7, 8, 9] : [1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>The step that number <paramref name="number"/> edits, or null when there is no such item.</summary>
    public static ReportStep? StepFor(int number, bool communityBound)
    {
        if (number < Name || number > Health || (communityBound && number == Community))
        {
            return null;
        }

        return Steps[number - 1];
    }

    /// <summary>The number under which <paramref name="step"/> appears, or null for steps that are not summary items.</summary>
    public static int? NumberOf(ReportStep step)
    {
        var index = Array.IndexOf(Steps, step);
        return step == ReportStep.OriginChoice ? Origin : index < 0 ? null : index + 1;
    }
}

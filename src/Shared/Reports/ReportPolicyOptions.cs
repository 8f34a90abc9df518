using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Reports;

/// <summary>
/// The <c>Reports</c> section: retention and the policy that turns a risk match into instructions. Rules are keyed
/// area-high, area-medium, district-high, district-medium and none; a missing rule falls back to the default.
/// </summary>
public sealed class ReportPolicyOptions
{
    public const string Section = "Reports";

    /// <summary>Reports older than this are deleted by the daily purge; also stated in the consent text.</summary>
    [Range(1, 3650, ErrorMessage = "Reports:RetentionDays must be between 1 and 3650.")]
    public int RetentionDays { get; set; } = 28;

    /// <summary>Bumped whenever the consent text changes; stored with each report's consent.</summary>
    [Required, MaxLength(20)]
    public string ConsentVersion { get; set; } = "2026-11";

    public Dictionary<string, PolicyRule> Policy { get; set; } = [];

    public PolicyRule RuleFor(string key) =>
        Policy.TryGetValue(key, out var configured) ? configured.WithDefaults(PolicyRule.Defaults[key]) : PolicyRule.Defaults[key];
}

/// <summary>What a returnee must do for one kind of match, and for how many days after arrival.</summary>
public sealed class PolicyRule
{
    [Range(0, 60)]
    public int? Days { get; set; }
    /// <summary>"home-isolation", "health-monitoring", "self-monitoring" or "none".</summary>
    public string? Action { get; set; }
    public string? Instructions { get; set; }
    public string? InstructionsEn { get; set; }

    internal PolicyRule WithDefaults(PolicyRule fallback) => new()
    {
        Days = Days ?? fallback.Days,
        Action = Action ?? fallback.Action,
        Instructions = Instructions ?? fallback.Instructions,
        InstructionsEn = InstructionsEn ?? fallback.InstructionsEn,
    };

    internal static readonly IReadOnlyDictionary<string, PolicyRule> Defaults = new Dictionary<string, PolicyRule>
    {
        ["area-high"] = new()
        {
            Days = 14, Action = "home-isolation",
            Instructions = "请居家隔离14天，隔离期间不得外出，第1、4、7、14天各做一次核酸检测（社区将安排上门采样）。",
            InstructionsEn = "Stay in home isolation for 14 days without going out; nucleic-acid tests on days 1, 4, 7 and 14 (the community arranges sampling at home).",
        },
        ["area-medium"] = new()
        {
            Days = 14, Action = "health-monitoring",
            Instructions = "请居家健康监测14天，非必要不外出、不聚集，第1、7、14天各做一次核酸检测。",
            InstructionsEn = "Monitor your health at home for 14 days, go out only when necessary and avoid gatherings; nucleic-acid tests on days 1, 7 and 14.",
        },
        ["district-high"] = new()
        {
            Days = 7, Action = "health-monitoring",
            Instructions = "您来自有高风险地区的区县，请居家健康监测7天，第1、7天各做一次核酸检测。",
            InstructionsEn = "You came from a district with high-risk areas: monitor your health at home for 7 days with nucleic-acid tests on days 1 and 7.",
        },
        ["district-medium"] = new()
        {
            Days = 7, Action = "self-monitoring",
            Instructions = "您来自有中风险地区的区县，请自我健康监测7天，3天内完成2次核酸检测。",
            InstructionsEn = "You came from a district with medium-risk areas: watch your health for 7 days and take 2 nucleic-acid tests within 3 days.",
        },
        ["none"] = new()
        {
            Days = 0, Action = "none",
            Instructions = "您的出发地目前不在中高风险地区，请做好个人防护，如出现发热等症状请及时就医。",
            InstructionsEn = "Where you came from is not a medium/high-risk area at the moment. Take the usual precautions and see a doctor if you develop a fever.",
        },
    };
}

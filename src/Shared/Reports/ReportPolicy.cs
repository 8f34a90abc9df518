using CommunityNotices.RiskAreas;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Reports;

/// <summary>Maps a risk match to what the returnee must do and until when; used at submission and re-evaluation.</summary>
public sealed class ReportPolicy(IOptions<ReportPolicyOptions> options)
{
    public PolicyDecision Decide(RiskMatchKind match, RiskLevel? level, DateOnly arrival)
    {
        var key = (match, level) switch
        {
            (RiskMatchKind.Area, RiskLevel.High) => "area-high",
            (RiskMatchKind.Area, RiskLevel.Medium) => "area-medium",
            (RiskMatchKind.District, RiskLevel.High) => "district-high",
            (RiskMatchKind.District, RiskLevel.Medium) => "district-medium",
            _ => "none",
        };
        var rule = options.Value.RuleFor(key);
        var days = rule.Days ?? 0;
        return new PolicyDecision(key, rule.Action ?? "none", rule.Instructions ?? "", rule.InstructionsEn ?? "", days > 0 ? arrival.AddDays(days) : null);
    }
}

/// <summary>The instructions for one report: <see cref="Until"/> is null when nothing is required.</summary>
public sealed record PolicyDecision(string Rule, string Action, string Instructions, string InstructionsEn, DateOnly? Until)
{
    public string InstructionsIn(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? InstructionsEn : Instructions;
}

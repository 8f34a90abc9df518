using CommunityNotices.RiskAreas;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>What the resident is told after submitting: the result, what to do, until when, and whom to call.</summary>
internal static class ResultText
{
    public static string For(SubmitResult r, ReportLanguage language)
    {
        var english = language == ReportLanguage.English;
        var result = (r.Match, r.Level) switch
        {
            (RiskMatchKind.Area, RiskLevel.High) => english ? "you came from a HIGH-risk area" : "您的出发地属于高风险地区",
            (RiskMatchKind.Area, RiskLevel.Medium) => english ? "you came from a MEDIUM-risk area" : "您的出发地属于中风险地区",
            (RiskMatchKind.District, _) => english ? "your departure district has medium/high-risk areas" : "您的出发地所在区县有中高风险地区",
            _ => english ? "where you came from is not a medium/high-risk area" : "您的出发地不在中高风险地区",
        };
        var lines = new List<string>
        {
            english
                ? (r.Updated ? "Your earlier report for this arrival was updated." : "Your report has been received.")
                : (r.Updated ? "已更新您此前对本次返回的报备。" : "报备成功，社区已收到。"),
            english ? $"Result: {result}." : $"结果：{result}。",
            english ? $"What to do: {r.Decision.InstructionsEn}" : $"要求：{r.Decision.Instructions}",
        };
        if (r.Decision.Until is { } until)
        {
            lines.Add(english ? $"Until: {until:yyyy-MM-dd}." : $"截止日期：{until:yyyy年M月d日}。");
        }

        if (r.Symptoms)
        {
            lines.Add(english
                ? "URGENT: you reported fever or other symptoms. Wear a mask and go to the nearest fever clinic now, avoiding public transport, and call the community."
                : "【紧急】您报告了发热或其他症状：请立即佩戴口罩，前往就近发热门诊就诊，途中避免乘坐公共交通，并联系社区。");
        }

        lines.Add(english ? $"Community hotline: {r.Hotline}" : $"社区电话：{r.Hotline}");
        return string.Join("\n", lines);
    }
}

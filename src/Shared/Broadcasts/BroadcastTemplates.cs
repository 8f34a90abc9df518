using Fluid;

namespace CommunityNotices.Broadcasts;

/// <summary>
/// Open letters and risk updates written once as Liquid templates (Fluid: no code execution, only the variables
/// given). Variables: communityName, hotline, date, riskNotice, plus any the caller adds.
/// </summary>
public static class BroadcastTemplates
{
    public const string OpenLetter = "open-letter";
    public const string RiskUpdate = "risk-update";

    private static readonly FluidParser Parser = new();

    private static readonly IReadOnlyDictionary<string, (string Kind, string Title, string Body)> BuiltIn = new Dictionary<string, (string, string, string)>
    {
        [OpenLetter] = (BroadcastKind.OpenLetter, "致辖区居民朋友的一封信",
            """
            亲爱的{{ communityName }}居民朋友们：

            当前疫情防控形势依然严峻复杂。为了您和家人的健康，请大家：

            1. 近14天内有中高风险地区旅居史的，请第一时间向社区报备（扫描楼栋公告栏二维码或私聊社区机器人发送“报备”）；
            2. 坚持戴口罩、勤洗手、常通风、保持社交距离，出入小区主动扫码、测温；
            3. 如出现发热、干咳、乏力等症状，请佩戴口罩及时到就近发热门诊就诊，避免乘坐公共交通工具。

            感谢大家的理解与配合！社区24小时值班电话：{{ hotline }}。

            {{ communityName }}居民委员会
            {{ date }}
            """),
        [RiskUpdate] = (BroadcastKind.RiskUpdate, "中高风险地区调整提示",
            """
            {{ communityName }}居民朋友们：

            {{ riskNotice }}

            近14天内有上述地区旅居史的居民，请立即向社区报备（私聊社区机器人发送“报备”），并按要求落实健康管理措施。咨询电话：{{ hotline }}。

            {{ communityName }}
            {{ date }}
            """),
    };

    public static IReadOnlyCollection<string> Names => BuiltIn.Keys.ToList();

    public static bool TryGet(string name, out string kind, out string title, out string body)
    {
        var found = BuiltIn.TryGetValue(name, out var template);
        (kind, title, body) = found ? template : ("", "", "");
        return found;
    }

    /// <summary>Renders a Liquid template; a template that does not parse comes back as an error message instead.</summary>
    public static bool TryRender(string template, IReadOnlyDictionary<string, string> variables, out string result)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (!Parser.TryParse(template, out var parsed, out var error))
        {
            result = $"template error: {error}";
            return false;
        }

        var context = new TemplateContext(new TemplateOptions { MaxSteps = 10_000, MaxRecursion = 10 });
        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value);
        }

        // Plain text output: HTML encoding would turn a Chinese notice's punctuation into entities.
        result = parsed.Render(context);
        return true;
    }
}

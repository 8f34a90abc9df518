using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport.Support;

internal sealed class FakeOriginResolver : IOriginResolver
{
    private static readonly OriginResolution UnknownPlace = new(OriginStatus.Unknown, null, null, null, null, null, []);

    public Dictionary<string, OriginResolution> Places { get; } = new(StringComparer.Ordinal)
    {
        ["北京市顺义区赵全营镇"] = new(OriginStatus.Resolved, "北京市", "北京市", "顺义区", "赵全营镇", "110113104", []),
        ["上海市浦东新区"] = new(OriginStatus.Resolved, "上海市", "上海市", "浦东新区", null, "310115", []),
        ["Pudong, Shanghai"] = new(OriginStatus.Resolved, "Shanghai", "Shanghai", "Pudong", null, "310115", []),
        ["朝阳区"] = new(
            OriginStatus.Ambiguous,
            null,
            null,
            null,
            null,
            null,
            [
                new OriginCandidate("北京市朝阳区", "北京市", "北京市", "朝阳区", null, "110105"),
                new OriginCandidate("辽宁省朝阳市", "辽宁省", "朝阳市", null, null, "211300"),
                new OriginCandidate("吉林省长春市朝阳区", "吉林省", "长春市", "朝阳区", null, "220104"),
            ]),
    };

    public List<string> Calls { get; } = [];

    public OriginResolution Resolve(string text)
    {
        Calls.Add(text);
        return Places.TryGetValue(text, out var resolution) ? resolution : UnknownPlace;
    }
}

using CommunityNotices.Bot.Posters;

namespace CommunityNotices.Bot.Tests.Posters;

internal static class PosterSamples
{
    public const string ChatUrl = "http://192.168.1.20:5080/chat/110105001001";

    public static readonly IReadOnlyList<string> Instructions =
    [
        "微信扫一扫上方二维码，打开社区报备页面",
        "按提示填写姓名、电话、楼栋房号和出发地",
        "提交后请留意社区工作人员的电话或消息",
    ];

    public static PosterContent Typical(string communityName = "朝阳区幸福里社区", string chatUrl = ChatUrl) =>
        new(communityName, chatUrl, Instructions, "幸福里社区居委会 · 值班电话 010-6500 1234");
}

namespace CommunityNotices.Bot.SelfReport;

/// <summary>Maps a free-text place ("北京市顺义区赵全营镇") to an administrative area.</summary>
public interface IOriginResolver
{
    OriginResolution Resolve(string text);
}

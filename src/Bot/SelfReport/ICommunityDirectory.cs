namespace CommunityNotices.Bot.SelfReport;

/// <summary>Looks up residential communities by (part of) their name.</summary>
public interface ICommunityDirectory
{
    Task<IReadOnlyList<CommunityChoice>> FindAsync(string text, CancellationToken ct);
}

using CommunityNotices.Bot.SelfReport;
namespace CommunityNotices.Bot.Tests.SelfReport.Support;

internal sealed class FakeCommunityDirectory : ICommunityDirectory
{
    public static readonly CommunityChoice SunshineGarden = new(Guid.Parse("6f1c2c55-7d6e-4b8a-9d3e-0c2a4f1e9b01"), "阳光花园", "010-61234567");
    public static readonly CommunityChoice SunshineCity = new(Guid.Parse("6f1c2c55-7d6e-4b8a-9d3e-0c2a4f1e9b02"), "阳光城", "010-61234568");
    public static readonly CommunityChoice RiverSide = new(Guid.Parse("6f1c2c55-7d6e-4b8a-9d3e-0c2a4f1e9b03"), "滨江苑", "010-61234569");

    public List<CommunityChoice> Communities { get; } = [SunshineGarden, SunshineCity, RiverSide];

    public List<string> Queries { get; } = [];

    public Task<IReadOnlyList<CommunityChoice>> FindAsync(string text, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Queries.Add(text);
        IReadOnlyList<CommunityChoice> found = Communities
            .Where(c => c.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return Task.FromResult(found);
    }
}

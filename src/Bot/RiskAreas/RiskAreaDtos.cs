using CommunityNotices.Divisions;
using CommunityNotices.RiskAreas;

namespace CommunityNotices.Bot.RiskAreas;

public sealed record RiskCounts(int High, int Medium, int Low)
{
    public static RiskCounts Of(ParsedRiskList list) => new(
        list.Entries.Count(e => e.Level == RiskLevel.High),
        list.Entries.Count(e => e.Level == RiskLevel.Medium),
        list.Entries.Count(e => e.Level == RiskLevel.Low));
}

public sealed record RiskEntryDto(string Level, string Province, string City, string? District, string? Code, string? Area)
{
    public static RiskEntryDto From(RiskAreaEntry e) => new(LevelName(e.Level), e.Province, e.City, e.District, e.DivisionCode, e.Area);

    public static string LevelName(RiskLevel level) => level.ToString().ToLowerInvariant();
}

public sealed record RiskVersionSummary(Guid VersionId, DateTimeOffset PublishedAt, string Source, DateTimeOffset ImportedAt, RiskCounts Counts)
{
    public static RiskVersionSummary From(LoadedRiskList v) => new(v.Id, v.PublishedAt, v.Source, v.ImportedAt, RiskCounts.Of(v.List));
}

public sealed record RiskVersionDetail(Guid VersionId, DateTimeOffset PublishedAt, string Source, DateTimeOffset ImportedAt, RiskCounts Counts, IReadOnlyList<RiskEntryDto> Entries);

public sealed record DiffGroupDto(string Province, string City, string? District, string? Code, IReadOnlyList<DiffAreaDto> Areas);

public sealed record DiffAreaDto(string Level, string? Area, string? OldLevel = null);

public sealed record RiskDiffDto(Guid? FromVersionId, DateTimeOffset? FromPublishedAt, Guid ToVersionId, DateTimeOffset ToPublishedAt,
    int AddedCount, int RemovedCount, int LevelChangedCount,
    IReadOnlyList<DiffGroupDto> Added, IReadOnlyList<DiffGroupDto> Removed, IReadOnlyList<DiffGroupDto> LevelChanged, string Notice)
{
    public static RiskDiffDto From(LoadedRiskList? from, LoadedRiskList to)
    {
        ArgumentNullException.ThrowIfNull(to);
        var older = from?.List ?? new ParsedRiskList(DateTimeOffset.MinValue.ToOffset(TimeSpan.Zero), []);
        var diff = RiskListDiff.Compute(older, to.List);
        return new RiskDiffDto(from?.Id, from?.PublishedAt, to.Id, to.PublishedAt,
            diff.Added.Count, diff.Removed.Count, diff.LevelChanged.Count,
            Groups(diff.AddedByDivision, e => new DiffAreaDto(RiskEntryDto.LevelName(e.Level), e.Area)),
            Groups(diff.RemovedByDivision, e => new DiffAreaDto(RiskEntryDto.LevelName(e.Level), e.Area)),
            Groups(diff.LevelChangedByDivision, c => new DiffAreaDto(RiskEntryDto.LevelName(c.NewLevel), c.Entry.Area, RiskEntryDto.LevelName(c.OldLevel))),
            diff.ToNoticeText());
    }

    private static List<DiffGroupDto> Groups<T>(IReadOnlyList<RiskAreaGroup<T>> groups, Func<T, DiffAreaDto> map) =>
        groups.Select(g => new DiffGroupDto(g.Province, g.City, g.District, g.DivisionCode, g.Items.Select(map).ToList())).ToList();
}

public sealed record ImportResponse(Guid VersionId, DateTimeOffset PublishedAt, bool Created, RiskCounts Counts, RiskDiffDto Diff, IReadOnlyList<AffectedReport> AffectedReports);

public sealed record OriginDto(string? Province, string? City, string? District, string? Area, string? Code)
{
    public static OriginDto From(NormalizedAddress a) => new(a.Province, a.City, a.District, a.Rest.Length == 0 ? null : a.Rest, a.Code);
}

public sealed record MatchResponse(string Input, OriginDto Origin, string Match, string? Level, RiskEntryDto? Entry,
    IReadOnlyList<OriginDto> Candidates, Guid? VersionId, DateTimeOffset? VersionPublishedAt);

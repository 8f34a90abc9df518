using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>Finds the community a resident names: by its code, its exact name, or a part of its name.</summary>
public sealed class CommunityDirectory(NoticesDb db) : ICommunityDirectory
{
    private const int MaxChoices = 5;

    public async Task<IReadOnlyList<CommunityChoice>> FindAsync(string text, CancellationToken ct)
    {
        var query = (text ?? "").Trim();
        if (query.Length is 0 or > 100)
        {
            return [];
        }

        var lower = query.ToLowerInvariant();
        var exact = await db.Communities.AsNoTracking()
            .Where(c => c.Code == lower || c.Name == query)
            .Select(c => new CommunityChoice(c.Id, c.Name, c.Hotline)).ToListAsync(ct);
        if (exact.Count > 0)
        {
            return exact;
        }

        var trimmed = query.EndsWith("社区", StringComparison.Ordinal) && query.Length > 2 ? query[..^2] : query;
        return await db.Communities.AsNoTracking()
            .Where(c => c.Name.Contains(trimmed))
            .OrderBy(c => c.Name).Take(MaxChoices)
            .Select(c => new CommunityChoice(c.Id, c.Name, c.Hotline)).ToListAsync(ct);
    }

    public async Task<CommunityChoice?> FindByCodeAsync(string? code, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code) ? null : await db.Communities.AsNoTracking()
            .Where(c => c.Code == code.Trim().ToLowerInvariant())
            .Select(c => new CommunityChoice(c.Id, c.Name, c.Hotline)).SingleOrDefaultAsync(ct);

    public async Task<CommunityChoice?> FindByIdAsync(Guid id, CancellationToken ct) =>
        await db.Communities.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CommunityChoice(c.Id, c.Name, c.Hotline)).SingleOrDefaultAsync(ct);
}

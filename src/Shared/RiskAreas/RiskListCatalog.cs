using System.Collections.Concurrent;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// Finds the list version in force at a time and hands out its matcher. Versions never change once imported, so each
/// is loaded and indexed once per process; only the "which version" question goes to the database.
/// </summary>
public sealed class RiskListCatalog(IServiceScopeFactory scopes)
{
    private const int MaxCachedVersions = 8;
    private readonly ConcurrentDictionary<Guid, Lazy<Task<LoadedRiskList?>>> _cache = new();

    public async Task<LoadedRiskList?> GetCurrentAsync(CancellationToken ct)
    {
        var id = await QueryAsync(db => db.RiskAreaLists.OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.ImportedAt)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct));
        return id is null ? null : await GetAsync(id.Value, ct);
    }

    /// <summary>The newest version published at or before <paramref name="at"/>.</summary>
    public async Task<LoadedRiskList?> GetInForceAsync(DateTimeOffset at, CancellationToken ct)
    {
        var utc = at.ToUniversalTime();
        var id = await QueryAsync(db => db.RiskAreaLists.Where(l => l.PublishedAt <= utc)
            .OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.ImportedAt)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct));
        return id is null ? null : await GetAsync(id.Value, ct);
    }

    /// <summary>The version published just before <paramref name="list"/>, the default base of a diff.</summary>
    public async Task<LoadedRiskList?> GetPreviousAsync(LoadedRiskList list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(list);
        var publishedAt = list.PublishedAt.ToUniversalTime();
        var id = await QueryAsync(db => db.RiskAreaLists.Where(l => l.PublishedAt < publishedAt)
            .OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.ImportedAt)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct));
        return id is null ? null : await GetAsync(id.Value, ct);
    }

    public async Task<LoadedRiskList?> GetAsync(Guid id, CancellationToken ct)
    {
        if (_cache.Count >= MaxCachedVersions && !_cache.ContainsKey(id))
        {
            // Old versions are rarely asked for again; starting over is simpler than LRU bookkeeping.
            _cache.Clear();
        }

        var lazy = _cache.GetOrAdd(id, key => new Lazy<Task<LoadedRiskList?>>(() => LoadAsync(key)));
        var loaded = await lazy.Value.WaitAsync(ct);
        if (loaded is null)
        {
            _cache.TryRemove(id, out _);
        }

        return loaded;
    }

    private async Task<LoadedRiskList?> LoadAsync(Guid id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var list = await db.RiskAreaLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id);
        if (list is null)
        {
            return null;
        }

        var areas = await db.RiskAreas.AsNoTracking().Where(a => a.ListId == id).OrderBy(a => a.Id).ToListAsync();
        var parsed = new ParsedRiskList(list.PublishedAt, areas.Select(a => a.ToEntry()));
        return new LoadedRiskList(list.Id, list.Source, list.ImportedAt, parsed, new RiskAreaMatcher(parsed.Entries));
    }

    private async Task<T> QueryAsync<T>(Func<NoticesDb, Task<T>> query)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NoticesDb>());
    }
}

using CommunityNotices.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CommunityNotices.Bot.Messaging;

/// <summary>
/// Bot state in the service's own database, so conversations survive restarts and several Bot processes share them.
/// Semantics follow the SDK's MemoryStorage: an <see cref="IStoreItem"/> with an ETag other than "*" is written only if
/// the stored ETag still matches (else an exception, as the SDK expects); anything else is last-writer-wins.
/// </summary>
public sealed class DatabaseStorage(IServiceScopeFactory scopes, TimeProvider clock) : IStorage
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // Type names let state round-trip as the types the bot wrote, as in the SDK's storages; the binder keeps
        // deserialisation to types we trust even if someone tampers with the table.
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),
        MaxDepth = null,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        if (keys.Length == 0)
        {
            return result;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        var rows = await db.BotState.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var value = JObject.Parse(row.Document).ToObject<object>(Serializer);
            if (value is not null)
            {
                result[row.Key] = value;
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        foreach (var (key, value) in changes)
        {
            var expected = value is IStoreItem { ETag: { } etag } && etag != "*" ? etag : null;
            var newETag = Guid.NewGuid().ToString("N");
            var document = JObject.FromObject(value, Serializer);
            document["eTag"] = newETag;
            await WriteOneAsync(db, key, document.ToString(Formatting.None), expected, newETag, cancellationToken);
            if (value is IStoreItem item)
            {
                item.ETag = newETag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        await db.BotState.Where(s => keys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WriteOneAsync(NoticesDb db, string key, string document, string? expectedETag, string newETag, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = db.BotState.Where(s => s.Key == key);
        if (expectedETag is not null)
        {
            query = query.Where(s => s.ETag == expectedETag);
        }

        var updated = await query.ExecuteUpdateAsync(
            s => s.SetProperty(x => x.Document, document).SetProperty(x => x.ETag, newETag).SetProperty(x => x.UpdatedAt, now), ct);
        if (updated == 1)
        {
            return;
        }

        if (expectedETag is not null && await db.BotState.AnyAsync(s => s.Key == key, ct))
        {
            throw new StorageConflictException(key);
        }

        db.BotState.Add(new BotStateItem { Key = key, Document = document, ETag = newETag, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Another process inserted the same key between our update and insert.
            if (expectedETag is not null)
            {
                throw new StorageConflictException(key);
            }

            await db.BotState.Where(s => s.Key == key).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Document, document).SetProperty(x => x.ETag, newETag).SetProperty(x => x.UpdatedAt, now), ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

using CommunityNotices.Bot.Messaging;
using CommunityNotices.Hosting;
using CommunityNotices.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Bot.Tests.Messaging;

public sealed class DatabaseStorageTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Read_ReturnsWhatWasWritten_FromAFreshInstance()
    {
        var key = NewKey();
        await Storage().WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 7, Note = "报备" } }, Ct);

        var read = await Storage().ReadAsync([key], Ct);

        var counter = Assert.IsType<Counter>(read[key]);
        Assert.Equal(7, counter.Value);
        Assert.Equal("报备", counter.Note);
        Assert.False(string.IsNullOrEmpty(counter.ETag));
    }

    [Fact]
    public async Task Write_Throws_WhenTheETagIsStale()
    {
        var key = NewKey();
        var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 1 } }, Ct);
        var first = (Counter)(await storage.ReadAsync([key], Ct))[key];
        var second = (Counter)(await Storage().ReadAsync([key], Ct))[key];

        first.Value = 2;
        await storage.WriteAsync(new Dictionary<string, object> { [key] = first }, Ct);
        second.Value = 3;

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage().WriteAsync(new Dictionary<string, object> { [key] = second }, Ct));
        Assert.Equal(2, ((Counter)(await storage.ReadAsync([key], Ct))[key]).Value);
    }

    [Fact]
    public async Task Write_Overwrites_WhenTheETagIsStar()
    {
        var key = NewKey();
        var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 1 } }, Ct);

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 5, ETag = "*" } }, Ct);

        Assert.Equal(5, ((Counter)(await storage.ReadAsync([key], Ct))[key]).Value);
    }

    [Fact]
    public async Task Write_OfPlainState_IsLastWriterWins()
    {
        var key = NewKey();
        var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["step"] = "name" } }, Ct);
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["step"] = "phone" } }, Ct);

        var state = Assert.IsAssignableFrom<IDictionary<string, object>>((await storage.ReadAsync([key], Ct))[key]);
        Assert.Equal("phone", state["step"]);
    }

    [Fact]
    public async Task ConcurrentWriters_ExactlyOneWins_WhenBothHoldTheSameETag()
    {
        var key = NewKey();
        await Storage().WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 0 } }, Ct);
        var copies = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => (Counter)(await Storage().ReadAsync([key], Ct))[key]));

        var outcomes = await Task.WhenAll(copies.Select(async (copy, i) =>
        {
            copy.Value = i + 1;
            try
            {
                await Storage().WriteAsync(new Dictionary<string, object> { [key] = copy }, Ct);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [Fact]
    public async Task Delete_RemovesTheKey()
    {
        var key = NewKey();
        var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 1 } }, Ct);

        await storage.DeleteAsync([key], Ct);

        Assert.Empty(await storage.ReadAsync([key], Ct));
    }

    private static string NewKey() => $"test/conversations/{Guid.NewGuid():N}";

    private DatabaseStorage Storage() => Create(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["ConnectionStrings:Postgres"] = database.ConnectionString,
    });

    internal static DatabaseStorage Create(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddShared(configuration).BuildServiceProvider();
        return new DatabaseStorage(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
    }

    public sealed class Counter : IStoreItem
    {
        public int Value { get; set; }
        public string? Note { get; set; }
        public string? ETag { get; set; }
    }
}

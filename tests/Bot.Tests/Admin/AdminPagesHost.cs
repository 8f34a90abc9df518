using CommunityNotices.Communities;
using CommunityNotices.Security;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>
/// The real Bot host on a database of its own with one community (幸福里社区) and the staff accounts a test class
/// names; secretaries and viewers belong to that community.
/// </summary>
public abstract class AdminPagesHost(params (string UserName, Role Role)[] staff) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected BotApp App { get; private set; } = null!;

    protected Community OurCommunity { get; private set; } = null!;

    protected string ConnectionString => _database.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        OurCommunity = new Community("幸福里社区", "xingfuli", "朝阳区", "12345", DateTimeOffset.UtcNow);
        await using (var db = TestDatabases.OpenPostgres(ConnectionString))
        {
            db.Communities.Add(OurCommunity);
            await db.SaveChangesAsync(Ct);
        }

        foreach (var (userName, role) in staff)
        {
            await StaffAccounts.CreateAsync(ConnectionString, userName, role, role == Role.Admin ? [] : [OurCommunity.Id]);
        }

        App = BotApp.OnPostgres(ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

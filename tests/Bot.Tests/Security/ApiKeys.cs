using CommunityNotices.Security;
using CommunityNotices.Testing;

namespace CommunityNotices.Bot.Tests.Security;

/// <summary>Issues API keys straight into a test database.</summary>
internal static class ApiKeys
{
    public static async Task<string> IssueAsync(string connectionString, Role role, params Guid[] communities)
    {
        var key = ApiKey.Generate();
        await using var db = TestDatabases.OpenPostgres(connectionString);
        db.ApiKeys.Add(new ApiKey($"test-{role}", key, role, communities, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return key;
    }
}

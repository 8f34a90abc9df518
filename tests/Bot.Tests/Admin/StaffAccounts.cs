using CommunityNotices.Security;
using CommunityNotices.Staff;
using CommunityNotices.Testing;
using Microsoft.AspNetCore.Identity;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>Creates staff accounts straight in a test database, hashed as the sign-in page expects.</summary>
internal static class StaffAccounts
{
    public const string Password = "correct-horse-battery";

    public static async Task<StaffAccount> CreateAsync(string connectionString, string userName, Role role, params Guid[] communities)
    {
        var account = new StaffAccount(userName, userName, role, communities, DateTimeOffset.UtcNow);
        account.SetPasswordHash(new PasswordHasher<StaffAccount>().HashPassword(account, Password));
        await using var db = TestDatabases.OpenPostgres(connectionString);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }
}

using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Security;
using CommunityNotices.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Admin;

/// <summary>
/// First set-up: with no staff account at all, creates the admin account from Admin:InitialPassword (or says how to).
/// Runs after the migration; a second Bot process doing the same at once hits the unique user name and lets it be.
/// </summary>
internal sealed class BootstrapStaffAccount(
    IOptions<AdminOptions> options, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BootstrapStaffAccount> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDb>();
        if (await db.StaffAccounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var password = options.Value.InitialPassword;
        var userName = options.Value.InitialUserName;
        if (string.IsNullOrEmpty(password))
        {
            logger.LogWarning(
                "No staff account exists, so nobody can sign in to /admin. Set Admin:InitialPassword (8+ characters, e.g. the environment variable " +
                "Admin__InitialPassword) and restart: an admin account '{UserName}' is created with it; change the password after signing in.", userName);
            return;
        }

        var account = new StaffAccount(userName, userName, Role.Admin, [], clock.GetUtcNow());
        account.SetPasswordHash(scope.ServiceProvider.GetRequiredService<IPasswordHasher<StaffAccount>>().HashPassword(account, password));
        db.StaffAccounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created the admin staff account '{UserName}' from Admin:InitialPassword", account.UserName);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.StaffAccounts.AnyAsync(cancellationToken))
            {
                throw;
            }

            // Another Bot process created the first account at the same moment.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

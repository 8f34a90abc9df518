using CommunityNotices.Auditing;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Security;
using CommunityNotices.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Admin;

/// <summary>
/// Checks a user name and password. Repeated failures lock the account; unknown names are "locked" the same way (in
/// memory), so neither the message nor the lock-out tells whether a user exists.
/// </summary>
public sealed class SignInStaff(
    NoticesDb db, IPasswordHasher<StaffAccount> hasher, IOptions<AdminOptions> options, IMemoryCache unknownNames, AuditLog audit, TimeProvider clock)
{
    // Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
    private static readonly StaffAccount Nobody = new("nobody", "", Role.Viewer, [], DateTimeOffset.UnixEpoch);
    private static readonly Lazy<string> NobodyHash = new(() => new PasswordHasher<StaffAccount>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> HandleAsync(string? userName, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 100 || password.Length > 200)
        {
            return SignInOutcome.Failed;
        }

        var name = StaffAccount.Normalize(userName);
        var now = clock.GetUtcNow();
        var max = options.Value.MaxFailedSignIns;
        var lockout = TimeSpan.FromMinutes(options.Value.LockoutMinutes);
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == name, ct);
        if (account is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);
            return UnknownNameFailure(name, now, max, lockout);
        }

        if (account.IsLockedOut(now))
        {
            return SignInOutcome.Locked(account.LockedUntil!.Value - now);
        }

        var verified = account.PasswordHash.Length > 0 ? hasher.VerifyHashedPassword(account, account.PasswordHash, password) : PasswordVerificationResult.Failed;
        if (verified == PasswordVerificationResult.Failed)
        {
            account.RecordFailedSignIn(now, max, lockout);
            await db.SaveChangesAsync(ct);
            return account.IsLockedOut(now) ? SignInOutcome.Locked(lockout) : SignInOutcome.Failed;
        }

        if (!account.IsActive)
        {
            return SignInOutcome.Failed;
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.SetPasswordHash(hasher.HashPassword(account, password));
        }

        account.RecordSignIn();
        audit.Record(StaffPrincipal.ActorName(account), "staff.sign-in", $"staff:{account.Id}");
        await db.SaveChangesAsync(ct);
        return SignInOutcome.Success(account);
    }

    private SignInOutcome UnknownNameFailure(string name, DateTimeOffset now, int max, TimeSpan lockout)
    {
        var key = (typeof(SignInStaff), name);
        var state = unknownNames.GetOrCreate(key, e =>
        {
            e.SlidingExpiration = lockout * 2;
            return new UnknownName();
        })!;
        lock (state)
        {
            if (state.LockedUntil > now)
            {
                return SignInOutcome.Locked(state.LockedUntil.Value - now);
            }

            if (++state.Failures < max)
            {
                return SignInOutcome.Failed;
            }

            state.Failures = 0;
            state.LockedUntil = now + lockout;
            return SignInOutcome.Locked(lockout);
        }
    }

    private sealed class UnknownName
    {
        public int Failures { get; set; }
        public DateTimeOffset? LockedUntil { get; set; }
    }
}

/// <summary>Signed in (with the account), wrong name or password, or locked for a while.</summary>
public sealed record SignInOutcome(StaffAccount? Account, TimeSpan? LockedFor)
{
    public static readonly SignInOutcome Failed = new(null, null);

    public static SignInOutcome Success(StaffAccount account) => new(account, null);

    public static SignInOutcome Locked(TimeSpan remaining) => new(null, remaining);

    /// <summary>Whole minutes to wait, rounded up so "1 minute" never means "try now".</summary>
    public int LockedMinutes => LockedFor is { } t ? Math.Max(1, (int)Math.Ceiling(t.TotalMinutes)) : 0;
}

using CommunityNotices.Security;

namespace CommunityNotices.Staff;

/// <summary>
/// A person who signs in to the admin pages. The password hash comes from ASP.NET Core's password hasher; repeated
/// failures lock the account for a while so a password cannot be guessed online.
/// </summary>
public sealed class StaffAccount
{
    private StaffAccount() { }

    public StaffAccount(string userName, string displayName, Role role, IEnumerable<Guid> communityIds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        UserName = Normalize(userName);
        DisplayName = displayName.Trim();
        Role = role;
        CommunityIds = role == Role.Admin ? [] : communityIds.Distinct().ToList();
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public Role Role { get; private set; }
    public List<Guid> CommunityIds { get; private set; } = [];
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsActive => DisabledAt is null;

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void Update(string displayName, Role role, IEnumerable<Guid> communityIds)
    {
        DisplayName = displayName.Trim();
        Role = role;
        CommunityIds = role == Role.Admin ? [] : communityIds.Distinct().ToList();
    }

    public void RecordFailedSignIn(DateTimeOffset now, int maxFailures, TimeSpan lockout)
    {
        FailedSignIns++;
        if (FailedSignIns >= maxFailures)
        {
            LockedUntil = now.ToUniversalTime() + lockout;
            FailedSignIns = 0;
        }
    }

    public void RecordSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    /// <summary>An admin lifts a lock-out before it runs out.</summary>
    public void Unlock()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public void Disable(DateTimeOffset now) => DisabledAt ??= now.ToUniversalTime();

    public void Enable() => DisabledAt = null;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}

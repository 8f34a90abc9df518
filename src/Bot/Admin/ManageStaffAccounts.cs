using System.Text.RegularExpressions;
using CommunityNotices.Auditing;
using CommunityNotices.Persistence;
using CommunityNotices.Security;
using CommunityNotices.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Admin;

/// <summary>What admins do to staff accounts: create, reset a password, disable/enable, unlock. Each change is audited.</summary>
public sealed partial class ManageStaffAccounts(NoticesDb db, IPasswordHasher<StaffAccount> hasher, AuditLog audit, TimeProvider clock)
{
    public const int MinPasswordLength = 8;

    /// <returns>Messages for the form (empty when the account was created).</returns>
    public async Task<List<string>> CreateAsync(string? userName, string? displayName, Role role, IReadOnlyCollection<Guid> communityIds, string? password,
        string actor, CancellationToken ct)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(userName) || !UserNamePattern().IsMatch(userName.Trim()))
        {
            errors.Add(T("用户名须为 1-100 个字母、数字、“.”、“_”或“-”。", "User name: 1-100 letters, digits, '.', '_' or '-'."));
        }
        else if (await db.StaffAccounts.AnyAsync(a => a.UserName == StaffAccount.Normalize(userName), ct))
        {
            errors.Add(T("该用户名已被使用。", "That user name is taken."));
        }

        if (displayName is { Length: > 100 })
        {
            errors.Add(T("显示名最多 100 个字。", "Display name: at most 100 characters."));
        }

        if (!Enum.IsDefined(role))
        {
            errors.Add(T("请选择角色。", "Choose a role."));
        }

        if (role != Role.Admin && communityIds.Count == 0)
        {
            errors.Add(T("书记和查看员须至少分配一个社区。", "Secretaries and viewers need at least one community."));
        }
        else if (communityIds.Count > 0 && await db.Communities.CountAsync(c => communityIds.Contains(c.Id), ct) != communityIds.Distinct().Count())
        {
            errors.Add(T("所选社区不存在。", "A chosen community does not exist."));
        }

        errors.AddRange(CheckPassword(password));
        if (errors.Count > 0)
        {
            return errors;
        }

        var account = new StaffAccount(userName!, string.IsNullOrWhiteSpace(displayName) ? userName! : displayName, role, communityIds, clock.GetUtcNow());
        account.SetPasswordHash(hasher.HashPassword(account, password!));
        db.StaffAccounts.Add(account);
        audit.Record(actor, "staff.create", $"staff:{account.Id}", $"{account.UserName} {role}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone created the same name a moment ago.
            db.ChangeTracker.Clear();
            return [T("该用户名已被使用。", "That user name is taken.")];
        }

        return [];
    }

    public async Task<List<string>?> ResetPasswordAsync(Guid id, string? password, string actor, CancellationToken ct)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
        {
            return null;
        }

        var errors = CheckPassword(password);
        if (errors.Count > 0)
        {
            return errors;
        }

        account.SetPasswordHash(hasher.HashPassword(account, password!));
        account.Unlock();
        audit.Record(actor, "staff.reset-password", $"staff:{account.Id}", account.UserName);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>disable, enable or unlock; false when there is no such account or the action is unknown.</summary>
    public async Task<bool> ChangeAsync(Guid id, string action, string actor, CancellationToken ct)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
        {
            return false;
        }

        switch (action)
        {
            case "disable":
                account.Disable(clock.GetUtcNow());
                break;
            case "enable":
                account.Enable();
                break;
            case "unlock":
                account.Unlock();
                break;
            default:
                return false;
        }

        audit.Record(actor, $"staff.{action}", $"staff:{account.Id}", account.UserName);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static List<string> CheckPassword(string? password) =>
        password is null || password.Length < MinPasswordLength || password.Length > 200
            ? [T($"密码须为 {MinPasswordLength}-200 个字符。", $"Password: {MinPasswordLength}-200 characters.")]
            : [];

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex UserNamePattern();
}

using CommunityNotices.Bot.Admin;
using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Persistence;
using CommunityNotices.Security;
using CommunityNotices.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Accounts;

/// <summary>Staff accounts (admins only, by the folder convention).</summary>
public sealed class IndexModel(NoticesDb db, ManageStaffAccounts manage, TimeProvider clock) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public Role Role { get; set; } = Role.Secretary;
    [BindProperty] public List<Guid> CommunityIds { get; set; } = [];
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> CommunityNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<Community> Communities { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        Errors.AddRange(await manage.CreateAsync(UserName, DisplayName, Role, CommunityIds, Password, User.Actor(), ct));
        if (Errors.Count > 0)
        {
            Password = null;
            await LoadAsync(ct);
            return Page();
        }

        TempData["Flash"] = T($"已创建账号 {StaffAccount.Normalize(UserName!)}。", $"Created account {StaffAccount.Normalize(UserName!)}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, string? newPassword, CancellationToken ct)
    {
        var errors = await manage.ResetPasswordAsync(id, newPassword, User.Actor(), ct);
        if (errors is null)
        {
            return NotFound();
        }

        TempData["Flash"] = errors.Count > 0 ? string.Join(" ", errors) : T("密码已重置，该账号的登录会话已失效。", "Password reset; that account's sessions have ended.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, string? change, CancellationToken ct)
    {
        if (change == "disable" && StaffPrincipal.AccountId(User) == id)
        {
            TempData["Flash"] = T("不能停用自己的账号。", "You cannot disable your own account.");
            return RedirectToPage();
        }

        return await manage.ChangeAsync(id, change ?? "", User.Actor(), ct) ? RedirectToPage() : NotFound();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await db.StaffAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(ct);
        Communities = await db.Communities.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        CommunityNames = Communities.ToDictionary(c => c.Id, c => c.Name);
    }

    public static string RoleName(Role role) => role switch
    {
        Role.Admin => T("管理员", "Admin"),
        Role.Secretary => T("社区书记", "Secretary"),
        _ => T("查看员", "Viewer"),
    };
}

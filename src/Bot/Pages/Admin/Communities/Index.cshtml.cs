using CommunityNotices.Bot.Communities;
using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Communities;

public sealed class IndexModel(NoticesDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public CommunityForm Form { get; set; } = new();

    public IReadOnlyList<Community> Communities { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> GroupCounts { get; private set; } = new Dictionary<Guid, int>();
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsAdmin())
        {
            return Forbid();
        }

        Errors.AddRange(Form.Validate());
        if (Errors.Count == 0 && await db.Communities.AnyAsync(c => c.Code == Form.Code, ct))
        {
            Errors.Add(T($"代码 {Form.Code} 已被其他社区使用。", $"Code {Form.Code} is already used by another community."));
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(ct);
            return Page();
        }

        var now = clock.GetUtcNow();
        var community = new Community(Form.Name!.Trim(), Form.Code!, Form.District?.Trim() ?? "", Form.Hotline!.Trim(), now);
        community.Update(null, null, null, null, now, Form.ParsedCheckInTime);
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = T("社区已创建。", "Community created.");
        return Redirect($"/admin/communities/{community.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var groups = db.Groups.AsNoTracking().Where(g => g.CommunityId != null);
        if (User.CommunityScope() is { } scope)
        {
            groups = groups.Where(g => scope.Contains(g.CommunityId!.Value));
        }

        Communities = await db.ListVisibleAsync(User, ct);
        GroupCounts = await groups.GroupBy(g => g.CommunityId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}

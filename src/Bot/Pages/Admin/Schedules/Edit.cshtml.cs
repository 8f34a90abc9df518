using CommunityNotices.Bot.Communities;
using CommunityNotices.Bot.Schedules;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Schedules;

/// <summary>Editing a schedule with the same friendly form it was created with; the API's rules apply.</summary>
public sealed class EditModel(NoticesDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public ScheduleForm Form { get; set; } = new();

    public Schedule Schedule { get; private set; } = null!;
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is { } failure)
        {
            return failure;
        }

        Form = ScheduleForm.From(Schedule, Schedule.ParsedTargets);
        await LoadCommunitiesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is { } failure)
        {
            return failure;
        }

        if (Form.CommunityId is { } requested && !User.CanAccessCommunity(requested))
        {
            return Forbid();
        }

        var errors = await ScheduleRules.ApplyAsync(Schedule, Form.ToRequest(enabled: null, Schedule.ParsedTargets, Schedule.CommunityId), isNew: false, clock.GetUtcNow(), db, ct);
        if (errors.Count > 0)
        {
            Errors.AddRange(errors.Select(e => ScheduleText.Error(e.Key, e.Value.FirstOrDefault() ?? "")));
            await LoadCommunitiesAsync(ct);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        TempData["Flash"] = T("定时提醒已保存。", "Schedule saved.");
        return Redirect($"/admin/schedules/{id}");
    }

    private async Task<IActionResult?> FindAsync(Guid id, CancellationToken ct)
    {
        var schedule = await db.Schedules.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return NotFound();
        }

        if (!User.MayUnmaskPersonalData() || !User.CanAccessCommunity(schedule.CommunityId))
        {
            return Forbid();
        }

        Schedule = schedule;
        return null;
    }

    private async Task LoadCommunitiesAsync(CancellationToken ct) => ViewData["Communities"] = await db.ListVisibleAsync(User, ct);
}

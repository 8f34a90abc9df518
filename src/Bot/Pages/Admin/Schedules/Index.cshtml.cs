using CommunityNotices.Bot.Communities;
using CommunityNotices.Bot.Schedules;
using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Schedules;

/// <summary>Reminders on a schedule: the list with next fire times, and the friendly form to create one.</summary>
public sealed class IndexModel(NoticesDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public ScheduleForm Form { get; set; } = new();

    public IReadOnlyList<ScheduleResponse> Schedules { get; private set; } = [];
    public IReadOnlyList<Community> Communities { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.MayUnmaskPersonalData())
        {
            return Forbid();
        }

        if (Form.CommunityId is { } requested && !User.CanAccessCommunity(requested))
        {
            return Forbid();
        }

        var request = Form.ToRequest(enabled: true);
        var schedule = new Schedule();
        var errors = await ScheduleRules.ApplyAsync(schedule, request, isNew: true, clock.GetUtcNow(), db, ct);
        if (errors.Count > 0)
        {
            Errors.AddRange(errors.Select(e => ScheduleText.Error(e.Key, e.Value.FirstOrDefault() ?? "")));
            await LoadAsync(ct);
            return Page();
        }

        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = T("定时提醒已创建。", "Schedule created.");
        return Redirect($"/admin/schedules/{schedule.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var schedules = db.Schedules.AsNoTracking();
        if (User.CommunityScope() is { } scope)
        {
            schedules = schedules.Where(s => scope.Contains(s.CommunityId));
        }

        Schedules = (await schedules.OrderBy(s => s.Name).ToListAsync(ct)).Select(s => ScheduleResponse.From(s, clock)).ToList();
        Communities = await db.ListVisibleAsync(User, ct);
        ViewData["Communities"] = Communities;
    }
}

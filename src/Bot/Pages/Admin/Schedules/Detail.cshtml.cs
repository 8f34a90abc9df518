using CommunityNotices.Bot.Schedules;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Schedules;

/// <summary>One schedule: its next fire times, switching it on or off, and its runs (fire time, broadcast, status).</summary>
public sealed class DetailModel(NoticesDb db, TimeProvider clock) : PageModel
{
    public ScheduleResponse Schedule { get; private set; } = null!;
    public IReadOnlyList<ScheduleRun> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return NotFound();
        }

        if (!User.CanAccessCommunity(schedule.CommunityId))
        {
            return Forbid();
        }

        Schedule = ScheduleResponse.From(schedule, clock);
        Runs = await db.ScheduleRuns.AsNoTracking().Where(r => r.ScheduleId == id).OrderByDescending(r => r.FireTime).Take(200).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRunNowAsync(Guid id, [FromServices] RunScheduleNow runNow, CancellationToken ct)
    {
        if (await ManageableAsync(id, ct) is { } failure)
        {
            return failure;
        }

        await runNow.HandleAsync(id, ct);
        TempData["Flash"] = T("已排队发送，稍后刷新可见发送记录。", "Queued; refresh in a moment to see the run.");
        return Redirect($"/admin/schedules/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (await ManageableAsync(id, ct) is { } failure)
        {
            return failure;
        }

        await db.Schedules.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        TempData["Flash"] = T("定时提醒已删除。", "Schedule deleted.");
        return Redirect("/admin/schedules");
    }

    private async Task<IActionResult?> ManageableAsync(Guid id, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (schedule is null)
        {
            return NotFound();
        }

        return User.MayUnmaskPersonalData() && User.CanAccessCommunity(schedule.CommunityId) ? null : Forbid();
    }

    public async Task<IActionResult> OnPostEnabledAsync(Guid id, bool enabled, CancellationToken ct)
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

        await ScheduleRules.ApplyAsync(schedule, new ScheduleRequest(null, null, null, null, null, null, null, null, null, null, null, enabled), isNew: false, clock.GetUtcNow(), db, ct);

        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/schedules/{id}");
    }
}

using CommunityNotices.Bot.Schedules;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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

        var wasEnabled = schedule.Enabled;
        await ScheduleRules.ApplyAsync(schedule, new ScheduleRequest(null, null, null, null, null, null, null, null, null, null, null, enabled), isNew: false, db, ct);
        schedule.UpdatedAt = clock.GetUtcNow();
        if (!wasEnabled && schedule.Enabled)
        {
            // As in the API: switching back on does not send what fell due while it was off.
            schedule.EvaluatedUntil = schedule.UpdatedAt;
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/schedules/{id}");
    }
}

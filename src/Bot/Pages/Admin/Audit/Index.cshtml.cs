using CommunityNotices.Auditing;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Pages.Admin.Audit;

/// <summary>The audit log (admins only, by the folder convention), newest first.</summary>
public sealed class IndexModel(NoticesDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(e => e.Actor.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            query = query.Where(e => e.Action.StartsWith(action));
        }

        // Dates are China dates: a day runs from 00:00 to 24:00 UTC+8.
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ParsedRiskList.ChinaOffset).ToUniversalTime();
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ParsedRiskList.ChinaOffset).ToUniversalTime();
            query = query.Where(e => e.At < end);
        }

        Entries = await query.OrderByDescending(e => e.Id).Take(500).ToListAsync(ct);
    }
}

using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Pages.Admin.Broadcasts;

public sealed class IndexModel(NoticesDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public IReadOnlyList<Broadcast> Broadcasts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Broadcasts.AsNoTracking();
        if (User.CommunityScope() is { } scope)
        {
            query = query.Where(b => b.CommunityIds.Any(c => scope.Contains(c)));
        }

        if (!string.IsNullOrEmpty(Status))
        {
            query = query.Where(b => b.Status == Status);
        }

        var list = await query.OrderByDescending(b => b.CreatedAt).Take(200).ToListAsync(ct);
        // Broadcasts that also touch another community are not a secretary's to see (as in the API's detail).
        Broadcasts = list.Where(b => CommunityNotices.Bot.Broadcasts.BroadcastAccess.CanSee(User, b)).ToList();
    }
}

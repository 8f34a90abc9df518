using CommunityNotices.Bot.Communities;
using CommunityNotices.Bot.Admin;
using CommunityNotices.Bot.Broadcasts;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Communities;
using CommunityNotices.Groups;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Broadcasts;

/// <summary>Write a new broadcast or change a draft; save it or send it now / at a time.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ComposeModel(NoticesDb db, WriteBroadcast write, QueueBroadcast queue, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string Kind { get; set; } = BroadcastKind.Notice;
    [BindProperty] public List<Guid> CommunityIds { get; set; } = [];
    [BindProperty] public List<Guid> GroupIds { get; set; } = [];
    [BindProperty] public string? Tags { get; set; }
    [BindProperty] public bool RequestAck { get; set; }
    /// <summary>China time, from a datetime-local input.</summary>
    [BindProperty] public DateTime? SendAt { get; set; }

    public IReadOnlyList<Community> Communities { get; private set; } = [];
    public IReadOnlyList<Group> Groups { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var draft = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
            if (draft is null)
            {
                return NotFound();
            }

            if (!BroadcastAccess.CanSee(User, draft))
            {
                return Forbid();
            }

            if (!draft.IsEditable)
            {
                return Redirect($"/admin/broadcasts/{id}");
            }

            var targets = draft.ParsedTargets;
            (Title, Body, Kind, RequestAck) = (draft.Title, draft.Body, draft.Kind, draft.RequestAck);
            (CommunityIds, GroupIds, Tags) = (targets.CommunityIds.ToList(), targets.GroupIds.ToList(), TagList.Format(targets.Tags));
            SendAt = draft.SendAt?.ToOffset(ParsedRiskList.ChinaOffset).DateTime;
        }
        else if (User.CommunityScope() is { Count: 1 } only)
        {
            CommunityIds = [only.First()];
        }

        await LoadAsync(ct);
        return Page();
    }

    public IActionResult OnPostPreview() =>
        Partial("_Preview", BroadcastPreview.Render(Title ?? "", Body ?? "", RequestAck));

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken ct)
    {
        var sendAt = action == "later" ? SendAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ParsedRiskList.ChinaOffset) : (DateTimeOffset?)null : null;
        if (action == "later" && sendAt is null)
        {
            Errors.Add(T("定时发送请填写发送时间。", "Choose when to send it."));
            await LoadAsync(ct);
            return Page();
        }

        var request = new CreateBroadcastRequest(Title, Body, Kind, new TargetsRequest(CommunityIds, GroupIds, TagList.Parse(Tags)), sendAt, RequestAck);
        var result = Id is { } id ? await write.UpdateDraftAsync(id, request, User, ct) : await write.CreateAsync(request, User, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsForbidden)
        {
            return Forbid();
        }

        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => BroadcastText.Error(e.Key, e.Value.FirstOrDefault() ?? "")));
            await LoadAsync(ct);
            return Page();
        }

        var broadcast = result.Broadcast!;
        if (action is "now" or "later")
        {
            if (action == "now" && broadcast.SendAt is { } at && at > clock.GetUtcNow())
            {
                // "Send now" means now, even if a time was chosen earlier.
                await db.Broadcasts.Where(b => b.Id == broadcast.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.SendAt, (DateTimeOffset?)null), ct);
            }

            var groups = await queue.HandleAsync(broadcast.Id, ct);
            TempData["Flash"] = groups == 0
                ? T("已发送，但目标中没有可用的群组。", "Sent, but the targets have no active group.")
                : T($"已提交发送到 {groups} 个群组。", $"Queued for {groups} group(s).");
        }
        else
        {
            TempData["Flash"] = T("草稿已保存。", "Draft saved.");
        }

        return Redirect($"/admin/broadcasts/{broadcast.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var groups = db.Groups.AsNoTracking().Where(g => g.CommunityId != null && g.IsActive);
        if (User.CommunityScope() is { } scope)
        {
            groups = groups.Where(g => scope.Contains(g.CommunityId!.Value));
        }

        Communities = await db.ListVisibleAsync(User, ct);
        Groups = await groups.OrderBy(g => g.Name).ToListAsync(ct);
    }
}

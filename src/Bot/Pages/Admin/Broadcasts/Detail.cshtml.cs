using CommunityNotices.Bot.Broadcasts;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Broadcasts;

/// <summary>One broadcast: its text per channel, send, and the per-group delivery status that refreshes itself.</summary>
public sealed class DetailModel(ReadBroadcastStatus read, NoticesDb db, QueueBroadcast queue) : PageModel
{
    public BroadcastDetail Detail { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Preview { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Preview = BroadcastPreview.Render(Detail.Title, Detail.Body, Detail.RequestAck);
        return Page();
    }

    /// <summary>The status block alone, polled by the page.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Partial("_DeliveryStatus", Detail);

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct)
    {
        if (!User.MayUnmaskPersonalData())
        {
            return Forbid();
        }

        var broadcast = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return NotFound();
        }

        if (!BroadcastAccess.CanSee(User, broadcast))
        {
            return Forbid();
        }

        if (broadcast.Status == BroadcastStatus.Cancelled)
        {
            TempData["Flash"] = T("广播已取消，不能发送。", "The broadcast was cancelled and cannot be sent.");
            return Redirect($"/admin/broadcasts/{id}");
        }

        var groups = await queue.HandleAsync(id, ct);
        TempData["Flash"] = T($"已提交发送到 {groups} 个群组。", $"Queued for {groups} group(s).");
        return Redirect($"/admin/broadcasts/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, [FromServices] CancelBroadcast cancel, CancellationToken ct)
    {
        if (!User.MayUnmaskPersonalData())
        {
            return Forbid();
        }

        switch (await cancel.HandleAsync(id, User, ct))
        {
            case (CancelBroadcast.Outcome.NotFound, _):
                return NotFound();
            case (CancelBroadcast.Outcome.Forbidden, _):
                return Forbid();
            case (CancelBroadcast.Outcome.TooLate, _):
                TempData["Flash"] = T("广播已发送完毕，无法取消。", "The broadcast has already been sent.");
                break;
            default:
                TempData["Flash"] = T("广播已取消：尚未发出的消息不再发送。", "Cancelled: messages not yet sent will not be sent.");
                break;
        }

        return Redirect($"/admin/broadcasts/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await read.HandleAsync(id, User, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsForbidden)
        {
            return Forbid();
        }

        Detail = result.Detail!;
        return null;
    }
}

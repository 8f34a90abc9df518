using CommunityNotices.Bot.RiskAreas;
using CommunityNotices.Bot.Security;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.RiskAreas;

[Authorize(Policy = Policies.Staff)]
public sealed class VersionModel(RiskListCatalog catalog, CreateRiskUpdateDrafts drafts) : PageModel
{
    public LoadedRiskList Version { get; private set; } = null!;
    public LoadedRiskList? Previous { get; private set; }
    public RiskDiffDto Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await catalog.GetAsync(id, ct) is not { } version)
        {
            return NotFound();
        }

        Version = version;
        Previous = await catalog.GetPreviousAsync(version, ct);
        Diff = RiskDiffDto.From(Previous, version);
        return Page();
    }

    public async Task<IActionResult> OnPostDraftsAsync(Guid id, CancellationToken ct)
    {
        var result = await drafts.HandleAsync(id, null, User, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsForbidden)
        {
            return Forbid();
        }

        if (result.Drafts.Count == 0)
        {
            TempData["Flash"] = T("您没有可发送的社区，未生成草稿。", "You have no community to send to; no draft was made.");
            return Redirect($"/admin/risk-areas/{id}");
        }

        TempData["Flash"] = T($"已生成 {result.Drafts.Count} 份风险提示草稿，请检查后发送。", $"Made {result.Drafts.Count} risk-update draft(s); check and send.");
        return Redirect(result.Drafts.Count == 1 ? $"/admin/broadcasts/{result.Drafts[0].BroadcastId}" : "/admin/broadcasts?status=draft");
    }

    public static string LevelName(string level) => level switch
    {
        "high" => T("高风险", "high"),
        "medium" => T("中风险", "medium"),
        _ => T("低风险", "low"),
    };
}

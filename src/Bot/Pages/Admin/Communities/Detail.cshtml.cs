using System.Text.Json;
using CommunityNotices.Bot.Admin;
using CommunityNotices.Bot.Groups;
using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Groups;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Communities;

/// <summary>One community: its details (admins edit), its groups, adding a robot by its webhook URL, test sends, binding.</summary>
public sealed class DetailModel(NoticesDb db, CreateGroup createGroup, TestSendGroup testSend, TimeProvider clock) : PageModel
{
    [BindProperty] public CommunityForm Form { get; set; } = new();

    public Community Community { get; private set; } = null!;
    public IReadOnlyList<GroupResponse> Groups { get; private set; } = [];
    public IReadOnlyList<GroupResponse> Unbound { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public List<string> GroupErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Form = CommunityForm.From(Community);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsAdmin())
        {
            return Forbid();
        }

        var community = await db.Communities.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return NotFound();
        }

        Errors.AddRange(Form.Validate());
        if (Errors.Count == 0 && await db.Communities.AnyAsync(c => c.Code == Form.Code && c.Id != id, ct))
        {
            Errors.Add(T($"代码 {Form.Code} 已被其他社区使用。", $"Code {Form.Code} is already used by another community."));
        }

        if (Errors.Count > 0)
        {
            return await LoadAsync(id, ct) ?? Page();
        }

        community.Update(Form.Name!.Trim(), Form.Code, Form.District?.Trim() ?? "", Form.Hotline!.Trim(), clock.GetUtcNow(), Form.ParsedCheckInTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = T("已保存。", "Saved.");
        return Redirect($"/admin/communities/{id}");
    }

    public async Task<IActionResult> OnPostAddGroupAsync(Guid id, string? name, string? channel, string? webhookUrl, string? secret, string? tags, CancellationToken ct)
    {
        if (!User.MayUnmaskPersonalData())
        {
            return Forbid();
        }

        // The page has separate fields; the rules take the address JSON a client would send.
        var fields = new Dictionary<string, string?> { [channel == "webhook" ? "url" : "webhookUrl"] = webhookUrl?.Trim() };
        if (NullIfEmpty(secret) is { } signingSecret)
        {
            fields["secret"] = signingSecret;
        }

        var address = JsonSerializer.SerializeToElement(fields);
        var tagList = (tags ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var result = await createGroup.HandleAsync(new CreateGroupRequest(id, name, channel, address, tagList), User, ct);
        if (result.IsForbidden)
        {
            return Forbid();
        }

        if (result.Group is null)
        {
            GroupErrors.AddRange(result.Errors.Select(e => GroupError(e.Key, e.Value.FirstOrDefault() ?? "")));
            return await LoadAsync(id, ct) ?? Page();
        }

        TempData["Flash"] = T($"已添加群组“{result.Group.Name}”。可以点“测试发送”确认机器人可用。", $"Added the group {result.Group.Name}. Use Test send to check the robot.");
        return Redirect($"/admin/communities/{id}");
    }

    public async Task<IActionResult> OnPostTestAsync(Guid id, Guid groupId, CancellationToken ct)
    {
        if (!User.MayUnmaskPersonalData())
        {
            return Forbid();
        }

        var sent = await testSend.HandleAsync(groupId, User, ct);
        return sent switch
        {
            null => NotFound(),
            { IsForbidden: true } => Forbid(),
            _ => Redirect($"/admin/broadcasts/{sent.BroadcastId}"),
        };
    }

    /// <summary>Renames a group or changes its tags (the address stays: a new robot is a new group).</summary>
    public async Task<IActionResult> OnPostGroupAsync(Guid id, Guid groupId, string? name, string? tags, CancellationToken ct)
    {
        if (await ManagedGroupAsync(id, groupId, ct) is not { } group)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            TempData["Flash"] = T("群组名称需为 1–200 个字。", "A group name must be 1-200 characters.");
            return Redirect($"/admin/communities/{id}");
        }

        group.Update(null, name.Trim(), null, null, TagList.Parse(tags), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = T($"群组“{group.Name}”已保存。", $"Group \"{group.Name}\" saved.");
        return Redirect($"/admin/communities/{id}");
    }

    /// <summary>Stops or resumes sending to a group; its delivery history stays.</summary>
    public async Task<IActionResult> OnPostGroupActiveAsync(Guid id, Guid groupId, bool active, CancellationToken ct)
    {
        if (await ManagedGroupAsync(id, groupId, ct) is not { } group)
        {
            return Forbid();
        }

        group.SetActiveByStaff(active, clock.GetUtcNow());

        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/communities/{id}");
    }

    private async Task<Group?> ManagedGroupAsync(Guid communityId, Guid groupId, CancellationToken ct) =>
        User.MayUnmaskPersonalData() && User.CanAccessCommunity(communityId)
            ? await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.CommunityId == communityId, ct)
            : null;

    public async Task<IActionResult> OnPostBindAsync(Guid id, Guid groupId, CancellationToken ct)
    {
        if (!User.IsAdmin())
        {
            return Forbid();
        }

        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.CommunityId == null, ct);
        if (group is null || !await db.Communities.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        group.Update(id, null, null, null, null, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = T($"已将“{group.Name}”绑定到本社区。", $"Bound {group.Name} to this community.");
        return Redirect($"/admin/communities/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return NotFound();
        }

        if (!User.CanAccessCommunity(id))
        {
            return Forbid();
        }

        Community = community;
        Groups = (await db.Groups.AsNoTracking().Where(g => g.CommunityId == id).OrderBy(g => g.Name).ToListAsync(ct)).Select(GroupResponse.From).ToList();
        Unbound = User.IsAdmin()
            ? (await db.Groups.AsNoTracking().Where(g => g.CommunityId == null).OrderBy(g => g.Name).ToListAsync(ct)).Select(GroupResponse.From).ToList()
            : [];
        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string GroupError(string field, string message) => field switch
    {
        "name" => T("请填写群名称（最多 200 字），如 5号楼居民群。", "Enter the group's name (at most 200 characters)."),
        "channel" => T("请选择企业微信、钉钉、飞书或 Webhook。", "Choose WeCom, DingTalk, Feishu or webhook."),
        "tags" => T("标签最多 20 个，每个 1-40 字。", "Tags: at most 20, each 1-40 characters."),
        _ when field.StartsWith("address", StringComparison.Ordinal) => T("机器人地址无效：", "The robot address is not valid: ") + $"{field["address".Length..].TrimStart('.')} {message}".Trim(),
        _ => message,
    };
}

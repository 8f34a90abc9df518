using CommunityNotices.Bot.RiskAreas;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.RiskAreas;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(NoticesDb db, ImportRiskList import, TimeProvider clock) : PageModel
{
    private const long MaxUploadBytes = 20 * 1024 * 1024;

    public IReadOnlyList<RiskAreaList> Versions { get; private set; } = [];

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public DateTime? PublishedAt { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var format = Upload is null ? null : FormatOf(Upload);
        if (Upload is null || Upload.Length == 0)
        {
            Error = T("请选择要上传的名单文件（.json 或 .csv）。", "Choose the list file to upload (.json or .csv).");
        }
        else if (Upload.Length > MaxUploadBytes)
        {
            Error = T("文件太大（最大 20 MB）。", "The file is too large (at most 20 MB).");
        }
        else if (format is null)
        {
            Error = T("只支持国务院客户端的 JSON 文件或 CSV 文件（level,province,city,district,area）。",
                "Only the State Council client's JSON or a CSV (level,province,city,district,area) can be imported.");
        }
        else if (Source is { Length: > 200 })
        {
            Error = T("来源最多 200 个字符。", "Source must be at most 200 characters.");
        }

        if (Error is not null)
        {
            await LoadAsync(ct);
            return Page();
        }

        ParsedRiskList parsed;
        try
        {
            using var buffer = new MemoryStream();
            await Upload!.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var publishedAt = PublishedAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ParsedRiskList.ChinaOffset) : clock.GetUtcNow();
            parsed = RiskListFormat.Read(buffer, format, publishedAt);
        }
        catch (RiskListFormatException e)
        {
            Error = T("文件无法读取，未导入任何内容：", "The file could not be read; nothing was imported: ") + e.Message;
            await LoadAsync(ct);
            return Page();
        }

        var result = await import.HandleAsync(parsed, string.IsNullOrWhiteSpace(Source) ? Upload.FileName : Source.Trim(), ct);
        TempData["Flash"] = result.Created
            ? T($"已导入新版本。{result.AffectedReports.Count} 份报备的风险结果因此改变。", $"Imported a new version. {result.AffectedReports.Count} report(s) changed result.")
            : T("这份名单以前已导入过，下面是已有的版本。", "This list was imported before; this is that version.");
        return Redirect($"/admin/risk-areas/{result.Version.Id}");
    }

    private static string? FormatOf(IFormFile file) =>
        Path.GetExtension(file.FileName).ToLowerInvariant() switch
        {
            ".json" => RiskListFormat.Json,
            ".csv" => RiskListFormat.Csv,
            _ => RiskListFormat.IsSupported(file.ContentType) ? file.ContentType : null,
        };

    private async Task LoadAsync(CancellationToken ct) =>
        Versions = await db.RiskAreaLists.AsNoTracking().OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.ImportedAt).Take(200).ToListAsync(ct);
}

using CommunityNotices.Bot.Communities;
using CommunityNotices.Bot.Reports;
using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Pages.Admin.Reports;

/// <summary>
/// The returnee ledger: filtered, masked by default; a row or the whole page can be unmasked by those allowed, each
/// time audited (by <see cref="ReadLedger"/>, as the API does). Exports go through the same reader.
/// </summary>
public sealed class IndexModel(ReadLedger ledger, NoticesDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public Guid? CommunityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Origin { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unmasked { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Reveal { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ReportRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<Community> Communities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var page = await ledger.HandleAsync(Filter() with { Skip = (PageNumber - 1) * PageSize, Take = PageSize, Count = true, RevealId = Reveal }, User, "reports.list", ct);
        if (page is null)
        {
            return Forbid();
        }

        Rows = page.Rows;
        Total = page.Total ?? 0;
        Communities = await db.ListVisibleAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var kind = format == "csv" ? "csv" : "xlsx";
        var page = await ledger.HandleAsync(Filter(), User, "reports.export", ct);
        if (page is null)
        {
            return Forbid();
        }

        var bytes = await LedgerFile.WriteAsync(page.Rows, kind, ct);
        var date = clock.GetUtcNow().ToOffset(ParsedRiskList.ChinaOffset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, kind == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"返乡报备台账-{date}.{kind}");
    }

    /// <summary>The current filters as a query string, with some values replaced.</summary>
    public string Query(bool? unmasked = null, int? page = null, Guid? reveal = null, string? handler = null, string? format = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["handler"] = handler, ["format"] = format,
            ["communityId"] = CommunityId?.ToString(), ["status"] = Status, ["level"] = Level,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["origin"] = Origin, ["unmasked"] = (unmasked ?? Unmasked) ? "true" : null,
            ["reveal"] = reveal?.ToString(), ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/reports", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    // Unknown filter values are ignored rather than rejected: the form only offers valid ones.
    private LedgerFilter Filter() => new(
        CommunityId, null, Enum.TryParse<RiskLevel>(Level, true, out var level) && !int.TryParse(Level, out _) ? level : null,
        Status is ReportStatus.Active or ReportStatus.Completed ? Status : null, Unmasked,
        From, To, Origin is { Length: > 100 } ? Origin[..100] : Origin);
}

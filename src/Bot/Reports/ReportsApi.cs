using System.Security.Claims;
using CommunityNotices.Auditing;
using CommunityNotices.Bot.Security;
using CommunityNotices.Persistence;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Reports;

/// <summary>The returnee ledger (台账): masked by default; unmasked only for admins and the community's secretaries, and audited.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Reader);
        api.MapGet("/", List);
        api.MapGet("/export", Export).WithDescription("format=csv|xlsx; the same filters and masking as GET /api/reports.");
        api.MapGet("/{id:guid}/check-ins", CheckIns).WithDescription("The report's daily health check-ins: asked, reminded, answered, alert, reported missing.");
        return app;
    }

    public static async Task<Results<Ok<List<ReportRow>>, ValidationProblem, ForbidHttpResult>> List(
        [AsParameters] ReportQuery query, ClaimsPrincipal user, ReadLedger ledger, CancellationToken ct)
    {
        var (rows, problem) = await ReadAsync(query, user, ledger, "reports.list", ct);
        return problem ?? (Results<Ok<List<ReportRow>>, ValidationProblem, ForbidHttpResult>)TypedResults.Ok(rows!);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult>> Export(
        [AsParameters] ReportQuery query, [FromQuery] string? format, ClaimsPrincipal user, ReadLedger ledger, TimeProvider clock, CancellationToken ct)
    {
        var kind = (format ?? "xlsx").ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be csv or xlsx."] });
        }

        var (rows, problem) = await ReadAsync(query, user, ledger, "reports.export", ct);
        if (problem is not null)
        {
            return problem.Result switch
            {
                ValidationProblem v => v,
                _ => TypedResults.Forbid(),
            };
        }

        var date = clock.GetUtcNow().ToOffset(ParsedRiskList.ChinaOffset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var bytes = await LedgerFile.WriteAsync(rows!, kind, ct);
        return TypedResults.File(bytes, kind == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"返乡报备台账-{date}.{kind}");
    }

    public static async Task<Results<Ok<List<CheckInRow>>, NotFound, ForbidHttpResult>> CheckIns(Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var communityId = await db.Reports.Where(r => r.Id == id).Select(r => (Guid?)r.CommunityId).SingleOrDefaultAsync(ct);
        if (communityId is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanAccessCommunity(communityId.Value))
        {
            return TypedResults.Forbid();
        }

        var rows = await db.CheckIns.AsNoTracking().Where(c => c.ReportId == id).OrderBy(c => c.Day).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(c => new CheckInRow(c.Day, c.AskedAt, c.RemindedAt, c.RepliedAt, c.Temperature, c.Symptoms,
            c.SymptomWords, c.Alert, c.ReportedMissingAt)).ToList());
    }

    private static async Task<(List<ReportRow>? Rows, Results<Ok<List<ReportRow>>, ValidationProblem, ForbidHttpResult>? Problem)> ReadAsync(
        ReportQuery query, ClaimsPrincipal user, ReadLedger ledger, string action, CancellationToken ct)
    {
        if (query.Validate() is { Count: > 0 } errors)
        {
            return (null, TypedResults.ValidationProblem(errors));
        }

        var filter = new LedgerFilter(query.CommunityId, query.Since, query.ParsedLevel, query.Status, query.Unmasked == true);
        return await ledger.HandleAsync(filter, user, action, ct) is { } page ? (page.Rows.ToList(), null) : (null, TypedResults.Forbid());
    }
}

public sealed record CheckInRow(DateOnly Day, DateTimeOffset AskedAt, DateTimeOffset? RemindedAt, DateTimeOffset? RepliedAt, decimal? Temperature,
    bool? Symptoms, string? SymptomWords, bool Alert, DateTimeOffset? ReportedMissingAt);

/// <summary>Ledger filters; all optional.</summary>
public sealed class ReportQuery
{
    public const int MaxRows = 10_000;

    [FromQuery] public Guid? CommunityId { get; set; }
    [FromQuery] public DateTimeOffset? Since { get; set; }
    /// <summary>high, medium or low.</summary>
    [FromQuery] public string? Level { get; set; }
    /// <summary>active or completed.</summary>
    [FromQuery] public string? Status { get; set; }
    [FromQuery] public bool? Unmasked { get; set; }

    internal RiskLevel? ParsedLevel => Enum.TryParse<RiskLevel>(Level, ignoreCase: true, out var level) ? level : null;

    internal Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Level is not null && (ParsedLevel is null || int.TryParse(Level, out _)))
        {
            errors["level"] = ["level must be high, medium or low."];
        }

        if (Status is not null && Status is not (ReportStatus.Active or ReportStatus.Completed))
        {
            errors["status"] = ["status must be active or completed."];
        }

        return errors;
    }
}

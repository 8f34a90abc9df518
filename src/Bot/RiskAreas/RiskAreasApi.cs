using System.Security.Claims;
using CommunityNotices.Bot.Broadcasts;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Divisions;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.RiskAreas;

/// <summary>Official risk-area lists: import, versions, diff and matching. Admins and secretaries.</summary>
public static class RiskAreasApi
{
    public static IEndpointRouteBuilder MapRiskAreasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/risk-areas").WithTags("Risk areas").RequireAuthorization(Policies.Staff);
        api.MapPost("/import", Import)
            .Accepts<string>(RiskListFormat.Json, RiskListFormat.Csv)
            .WithDescription("Body: the State Council client's JSON or a CSV with header level,province,city,district,area. " +
                             "?source= names where it came from; ?publishedAt= (ISO 8601) dates a CSV (default: now).");
        api.MapGet("/current", Current);
        api.MapGet("/versions", Versions);
        api.MapGet("/versions/{id:guid}", Version);
        api.MapGet("/diff", Diff);
        api.MapPost("/versions/{id:guid}/drafts", Drafts)
            .WithDescription("A draft risk-update broadcast for each of your communities (or ?communityId=) from this version's diff.");
        api.MapGet("/match", Match);
        return app;
    }

    public static async Task<Results<Created<ImportResponse>, Ok<ImportResponse>, ProblemHttpResult>> Import(
        HttpRequest request, [FromQuery] string? source, [FromQuery] DateTimeOffset? publishedAt,
        ImportRiskList import, TimeProvider clock, CancellationToken ct)
    {
        if (!RiskListFormat.IsSupported(request.ContentType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported list format",
                detail: $"Send the list with Content-Type {RiskListFormat.Json} (the State Council client's JSON) or {RiskListFormat.Csv}.");
        }

        if (source is { Length: > 200 })
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid source", detail: "source must be at most 200 characters.");
        }

        ParsedRiskList parsed;
        try
        {
            // Buffered: parsers read synchronously and Kestrel forbids synchronous reads of the request body.
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            parsed = RiskListFormat.Read(buffer, request.ContentType, publishedAt ?? clock.GetUtcNow());
        }
        catch (RiskListFormatException e)
        {
            return TypedResults.Problem(statusCode: 400, title: "The list could not be read; nothing was imported", detail: e.Message);
        }

        var result = await import.HandleAsync(parsed, string.IsNullOrWhiteSpace(source) ? "upload" : source.Trim(), ct);
        var response = new ImportResponse(result.Version.Id, result.Version.PublishedAt, result.Created, RiskCounts.Of(result.Version.List),
            RiskDiffDto.From(result.Previous, result.Version), result.AffectedReports);
        return result.Created
            ? TypedResults.Created($"/api/risk-areas/versions/{result.Version.Id}", response)
            : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<RiskVersionDetail>, NotFound<ProblemDetails>>> Current(
        [FromQuery] string? province, RiskListCatalog catalog, CancellationToken ct)
    {
        var current = await catalog.GetCurrentAsync(ct);
        return current is null
            ? TypedResults.NotFound(new ProblemDetails { Title = "No risk-area list has been imported yet", Status = 404 })
            : TypedResults.Ok(Detail(current, province));
    }

    public static async Task<Ok<List<RiskVersionSummary>>> Versions(NoticesDb db, CancellationToken ct)
    {
        var lists = await db.RiskAreaLists.AsNoTracking().OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.ImportedAt).ToListAsync(ct);
        return TypedResults.Ok(lists.Select(l => new RiskVersionSummary(l.Id, l.PublishedAt.ToOffset(ParsedRiskList.ChinaOffset), l.Source, l.ImportedAt,
            new RiskCounts(l.HighCount, l.MediumCount, l.LowCount))).ToList());
    }

    public static async Task<Results<Ok<RiskVersionDetail>, NotFound>> Version(Guid id, [FromQuery] string? province, RiskListCatalog catalog, CancellationToken ct) =>
        await catalog.GetAsync(id, ct) is { } version ? TypedResults.Ok(Detail(version, province)) : TypedResults.NotFound();

    public static async Task<Results<Ok<RiskDiffDto>, NotFound<ProblemDetails>>> Diff(
        [FromQuery] Guid? from, [FromQuery] Guid? to, RiskListCatalog catalog, CancellationToken ct)
    {
        var newer = to is { } toId ? await catalog.GetAsync(toId, ct) : await catalog.GetCurrentAsync(ct);
        if (newer is null)
        {
            return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = to is null ? "No risk-area list has been imported yet" : $"No version {to}" });
        }

        var older = from is { } fromId ? await catalog.GetAsync(fromId, ct) : await catalog.GetPreviousAsync(newer, ct);
        if (from is not null && older is null)
        {
            return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = $"No version {from}" });
        }

        return TypedResults.Ok(RiskDiffDto.From(older, newer));
    }

    public static async Task<Results<Created<List<TemplateDraft>>, NotFound, ForbidHttpResult>> Drafts(
        Guid id, [FromQuery] Guid? communityId, ClaimsPrincipal user, CreateRiskUpdateDrafts drafts, CancellationToken ct) =>
        await drafts.HandleAsync(id, communityId, user, ct) switch
        {
            null => TypedResults.NotFound(),
            { IsForbidden: true } => TypedResults.Forbid(),
            var result => TypedResults.Created("/api/broadcasts", result.Drafts.ToList()),
        };

    public static async Task<Results<Ok<MatchResponse>, ValidationProblem>> Match(
        [FromQuery] string? origin, [FromQuery] DateTimeOffset? at, RiskListCatalog catalog, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(origin) || origin.Length > AddressNormalizer.MaxInputLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["origin"] = [$"origin is required: where the person came from, e.g. 北京市顺义区赵全营镇 (at most {AddressNormalizer.MaxInputLength} characters)."],
            });
        }

        var address = AddressNormalizer.Normalize(origin);
        var list = await catalog.GetInForceAsync(at ?? clock.GetUtcNow(), ct);
        var match = address.Status switch
        {
            AddressStatus.Ambiguous => RiskMatch.Ambiguous,
            _ when list is null => RiskMatch.None,
            _ => list.Matcher.Match(address),
        };
        return TypedResults.Ok(new MatchResponse(origin, OriginDto.From(address), ReevaluateReports.MatchName(match.Kind),
            match.Level is { } level ? RiskEntryDto.LevelName(level) : null,
            match.Entry is null ? null : RiskEntryDto.From(match.Entry),
            address.Candidates.Select(OriginDto.From).ToList(), list?.Id, list?.PublishedAt));
    }

    private static RiskVersionDetail Detail(LoadedRiskList version, string? province)
    {
        var entries = version.List.Entries.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(province))
        {
            entries = entries.Where(e => e.Province.StartsWith(province.Trim(), StringComparison.Ordinal));
        }

        return new RiskVersionDetail(version.Id, version.PublishedAt, version.Source, version.ImportedAt, RiskCounts.Of(version.List),
            entries.Select(RiskEntryDto.From).ToList());
    }
}

using System.Security.Claims;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Broadcasts;

/// <summary>Broadcasts: draft → preview → send now or at sendAt → cancel while not yet sent. Secretaries only in their communities.</summary>
public static class BroadcastsApi
{
    public static IEndpointRouteBuilder MapBroadcastsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/broadcasts").WithTags("Broadcasts");
        api.MapPost("/", Create).RequireAuthorization(Policies.Staff);
        api.MapGet("/", List).RequireAuthorization(Policies.Reader);
        api.MapGet("/templates", Templates).RequireAuthorization(Policies.Reader);
        api.MapPost("/from-template", FromTemplate).RequireAuthorization(Policies.Staff)
            .WithDescription("One draft per community from a template (open-letter, risk-update) with its name, hotline and the date filled in.");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Reader);
        api.MapGet("/{id:guid}/preview", Preview).RequireAuthorization(Policies.Reader).WithDescription("The message as each kind of channel will show it.");
        api.MapPost("/{id:guid}/send", Send).RequireAuthorization(Policies.Staff);
        api.MapPost("/{id:guid}/cancel", Cancel).RequireAuthorization(Policies.Staff);
        return app;
    }

    public static async Task<Results<Created<BroadcastCreated>, ValidationProblem, ForbidHttpResult>> Create(
        CreateBroadcastRequest request, ClaimsPrincipal user, WriteBroadcast write, CancellationToken ct)
    {
        var result = await write.CreateAsync(request, user, ct);
        return result switch
        {
            { IsForbidden: true } => TypedResults.Forbid(),
            { Errors.Count: > 0 } => TypedResults.ValidationProblem(result.Errors),
            _ => TypedResults.Created($"/api/broadcasts/{result.Broadcast!.Id}", new BroadcastCreated(result.Broadcast.Id, result.Broadcast.Status)),
        };
    }

    public static Ok<List<TemplateInfo>> Templates() =>
        TypedResults.Ok(BroadcastTemplates.Names.Select(n =>
        {
            BroadcastTemplates.TryGet(n, out var kind, out var title, out var body);
            return new TemplateInfo(n, kind, title, body);
        }).ToList());

    public static async Task<Results<Created<List<TemplateDraft>>, ValidationProblem, ForbidHttpResult>> FromTemplate(
        FromTemplateRequest request, ClaimsPrincipal user, CreateTemplateDrafts drafts, CancellationToken ct)
    {
        var communities = request.CommunityIds ?? [];
        if (communities.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityIds"] = ["communityIds must name at least one community."] });
        }

        if (communities.Any(c => !user.CanAccessCommunity(c)))
        {
            return TypedResults.Forbid();
        }

        var extra = request.Variables ?? new Dictionary<string, string>();
        if (extra.Count > 20 || extra.Any(v => v.Key.Length > 40 || v.Value.Length > 10_000))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["variables"] = ["variables: at most 20, names up to 40 and values up to 10,000 characters."] });
        }

        var result = await drafts.HandleAsync(request.Template ?? "", communities, extra, request.Title, user.Actor(), ct);
        return result.Error is { } error
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["template"] = [error] })
            : TypedResults.Created("/api/broadcasts", result.Drafts.ToList());
    }

    public static async Task<Ok<List<BroadcastSummary>>> List(
        [FromQuery] Guid? communityId, [FromQuery] string? status, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var query = db.Broadcasts.AsNoTracking();
        var scope = user.CommunityScope();
        if (scope is not null)
        {
            query = query.Where(b => b.CommunityIds.Any(c => scope.Contains(c)));
        }

        if (communityId is { } id)
        {
            query = query.Where(b => b.CommunityIds.Contains(id));
        }

        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(b => b.Status == status);
        }

        var list = await query.OrderByDescending(b => b.CreatedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(list.Select(b => new BroadcastSummary(b.Id, b.Title, b.Kind, b.Status, b.SendAt, b.CreatedAt, b.CreatedBy)).ToList());
    }

    public static async Task<Results<Ok<BroadcastDetail>, NotFound, ForbidHttpResult>> Get(Guid id, ClaimsPrincipal user, ReadBroadcastStatus read, CancellationToken ct) =>
        await read.HandleAsync(id, user, ct) switch
        {
            null => TypedResults.NotFound(),
            { IsForbidden: true } => TypedResults.Forbid(),
            var result => TypedResults.Ok(result.Detail!),
        };

    public static async Task<Results<Ok<Dictionary<string, string>>, NotFound, ForbidHttpResult>> Preview(Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return TypedResults.NotFound();
        }

        return CanSee(user, broadcast) ? TypedResults.Ok(BroadcastPreview.Render(broadcast.Title, broadcast.Body, broadcast.RequestAck)) : TypedResults.Forbid();
    }

    public static async Task<Results<Ok<BroadcastCreated>, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> Send(
        Guid id, ClaimsPrincipal user, NoticesDb db, QueueBroadcast queue, CancellationToken ct)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return TypedResults.NotFound();
        }

        if (!CanSee(user, broadcast))
        {
            return TypedResults.Forbid();
        }

        if (broadcast.Status == BroadcastStatus.Cancelled)
        {
            return TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "The broadcast was cancelled and cannot be sent." });
        }

        await queue.HandleAsync(id, ct);
        var status = await db.Broadcasts.Where(b => b.Id == id).Select(b => b.Status).SingleAsync(ct);
        return TypedResults.Ok(new BroadcastCreated(id, status));
    }

    public static async Task<Results<Ok<BroadcastCreated>, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> Cancel(
        Guid id, ClaimsPrincipal user, CancelBroadcast cancel, CancellationToken ct) =>
        await cancel.HandleAsync(id, user, ct) switch
        {
            (CancelBroadcast.Outcome.NotFound, _) => TypedResults.NotFound(),
            (CancelBroadcast.Outcome.Forbidden, _) => TypedResults.Forbid(),
            (CancelBroadcast.Outcome.TooLate, var status) => TypedResults.Conflict(new ProblemDetails { Status = 409, Title = $"The broadcast is already {status}." }),
            (_, var status) => TypedResults.Ok(new BroadcastCreated(id, status!)),
        };

    private static bool CanSee(ClaimsPrincipal user, Broadcast b) => BroadcastAccess.CanSee(user, b);
}

public sealed record TargetsRequest(IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<Guid>? GroupIds, IReadOnlyList<string>? Tags);

public sealed record CreateBroadcastRequest(string? Title, string? Body, string? Kind, TargetsRequest? Targets, DateTimeOffset? SendAt, bool? RequestAck);

public sealed record BroadcastCreated(Guid Id, string Status);

public sealed record TemplateInfo(string Name, string Kind, string Title, string Body);

public sealed record FromTemplateRequest(string? Template, IReadOnlyList<Guid>? CommunityIds, string? Title, Dictionary<string, string>? Variables);

public sealed record BroadcastSummary(Guid Id, string Title, string Kind, string Status, DateTimeOffset? SendAt, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record DeliveryCounts(int Pending, int Delivered, int Retrying, int Failed, int Cancelled);

public sealed record DeliveryRow(Guid GroupId, string GroupName, string Status, int Attempts, string? LastError, DateTimeOffset? DeliveredAt,
    DateTimeOffset NextAttemptAt, bool InDigest, int Acknowledgements);

public sealed record BroadcastDetail(Guid Id, string Title, string Body, string Kind, string Status, DateTimeOffset? SendAt, bool RequestAck,
    BroadcastTargets Targets, DeliveryCounts Counts, IReadOnlyList<DeliveryRow> Deliveries, int Acknowledgements);

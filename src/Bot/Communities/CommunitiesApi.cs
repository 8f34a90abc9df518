using CommunityNotices.Bot.Security;
using CommunityNotices.Communities;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace CommunityNotices.Bot.Communities;

/// <summary>Communities: the root every other feature hangs on. Admins create and edit; others read their own.</summary>
public static class CommunitiesApi
{
    public static IEndpointRouteBuilder MapCommunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/communities").WithTags("Communities");
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin);
        api.MapGet("/", List).RequireAuthorization(Policies.Reader);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Reader);
        api.MapPatch("/{id:guid}", Update).RequireAuthorization(Policies.Admin);
        return app;
    }

    public static async Task<Results<Created<CommunityResponse>, ValidationProblem>> Create(
        CreateCommunityRequest request, NoticesDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(request.Name, request.Code, request.District, request.Hotline, partial: false);
        CheckTime(request.CheckInTime, errors);
        if (errors.Count == 0 && await db.Communities.AnyAsync(c => c.Code == request.Code, ct))
        {
            errors["code"] = [$"code '{request.Code}' is already used by another community."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var community = new Community(request.Name!.Trim(), request.Code!, request.District?.Trim() ?? "", request.Hotline!.Trim(), clock.GetUtcNow());
        community.Update(null, null, null, null, clock.GetUtcNow(), ParseTime(request.CheckInTime));
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/communities/{community.Id}", CommunityResponse.From(community));
    }

    public static async Task<Ok<List<CommunityResponse>>> List(ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var communities = await db.ListVisibleAsync(user, ct);
        return TypedResults.Ok(communities.Select(CommunityResponse.From).ToList());
    }

    public static async Task<Results<Ok<CommunityResponse>, NotFound, ForbidHttpResult>> Get(
        Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return TypedResults.NotFound();
        }

        return user.CanAccessCommunity(id) ? TypedResults.Ok(CommunityResponse.From(community)) : TypedResults.Forbid();
    }

    public static async Task<Results<Ok<CommunityResponse>, NotFound, ValidationProblem>> Update(
        Guid id, UpdateCommunityRequest request, NoticesDb db, TimeProvider clock, CancellationToken ct)
    {
        var community = await db.Communities.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return TypedResults.NotFound();
        }

        var errors = Validate(request.Name, request.Code, request.District, request.Hotline, partial: true);
        CheckTime(request.CheckInTime, errors);
        if (errors.Count == 0 && request.Code is not null && await db.Communities.AnyAsync(c => c.Code == request.Code && c.Id != id, ct))
        {
            errors["code"] = [$"code '{request.Code}' is already used by another community."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        community.Update(request.Name?.Trim(), request.Code, request.District?.Trim(), request.Hotline?.Trim(), clock.GetUtcNow(), ParseTime(request.CheckInTime));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommunityResponse.From(community));
    }

    private static void CheckTime(string? time, Dictionary<string, string[]> errors)
    {
        if (time is not null && ParseTime(time) is null)
        {
            errors["checkInTime"] = ["checkInTime must be HH:mm (China time), e.g. 09:00."];
        }
    }

    private static TimeOnly? ParseTime(string? time) =>
        TimeOnly.TryParseExact(time, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : null;

    private static Dictionary<string, string[]> Validate(string? name, string? code, string? district, string? hotline, bool partial)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(string field, string? value, Func<string?, string?> rule)
        {
            if ((!partial || value is not null) && rule(value) is { } error)
            {
                errors[field] = [error];
            }
        }

        Check("name", name, CommunityRules.CheckName);
        Check("code", code, CommunityRules.CheckCode);
        Check("district", district, CommunityRules.CheckDistrict);
        Check("hotline", hotline, CommunityRules.CheckHotline);
        return errors;
    }
}

public sealed record CreateCommunityRequest(string? Name, string? Code, string? District, string? Hotline, string? CheckInTime = null);

public sealed record UpdateCommunityRequest(string? Name, string? Code, string? District, string? Hotline, string? CheckInTime = null);

public sealed record CommunityResponse(Guid Id, string Name, string Code, string District, string Hotline, string CheckInTime, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CommunityResponse From(Community c) => new(c.Id, c.Name, c.Code, c.District, c.Hotline,
        c.CheckInTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), c.CreatedAt, c.UpdatedAt);
}

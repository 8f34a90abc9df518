using System.Security.Claims;
using System.Text.Json;
using CommunityNotices.Bot.Security;
using CommunityNotices.Broadcasts;
using CommunityNotices.Channels;
using CommunityNotices.Groups;
using CommunityNotices.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Groups;

/// <summary>The groups a community posts to. Robot keys and secrets are stored, never returned in full.</summary>
public static class GroupsApi
{
    public static IEndpointRouteBuilder MapGroupsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/groups").WithTags("Groups");
        api.MapPost("/", Create).RequireAuthorization(Policies.Staff)
            .WithDescription("address: {webhookUrl} for WeCom, {webhookUrl, secret} for DingTalk and Feishu, {url, secret} for a generic webhook. " +
                             "Bot Framework groups register themselves when the bot is added to a conversation.");
        api.MapGet("/", List).RequireAuthorization(Policies.Reader);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Reader);
        api.MapPatch("/{id:guid}", Update).RequireAuthorization(Policies.Staff);
        api.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.Staff);
        api.MapPost("/{id:guid}/test", TestSend).RequireAuthorization(Policies.Staff).WithDescription("Sends a short test notice to the group.");
        return app;
    }

    public static async Task<Results<Created<GroupResponse>, ValidationProblem, ForbidHttpResult>> Create(
        CreateGroupRequest request, ClaimsPrincipal user, CreateGroup create, CancellationToken ct)
    {
        var result = await create.HandleAsync(request, user, ct);
        return result switch
        {
            { IsForbidden: true } => TypedResults.Forbid(),
            { Group: null } => TypedResults.ValidationProblem(result.Errors),
            _ => TypedResults.Created($"/api/groups/{result.Group.Id}", GroupResponse.From(result.Group)),
        };
    }

    public static async Task<Results<Ok<List<GroupResponse>>, ForbidHttpResult>> List(
        [FromQuery] Guid? communityId, [FromQuery] string? tag, [FromQuery] bool? unbound, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        if (communityId is { } requested && !user.CanAccessCommunity(requested))
        {
            return TypedResults.Forbid();
        }

        var scope = user.CommunityScope();
        var query = db.Groups.AsNoTracking();
        if (unbound == true)
        {
            // Conversations the bot was added to that nobody has bound yet: admins bind them.
            query = user.IsAdmin() ? query.Where(g => g.CommunityId == null) : query.Where(_ => false);
        }
        else if (scope is not null)
        {
            query = query.Where(g => g.CommunityId != null && scope.Contains(g.CommunityId.Value));
        }

        if (communityId is { } id)
        {
            query = query.Where(g => g.CommunityId == id);
        }

        var groups = await query.OrderBy(g => g.Name).ToListAsync(ct);
        return TypedResults.Ok(groups.Where(g => tag is null || g.Tags.Contains(tag)).Select(GroupResponse.From).ToList());
    }

    public static async Task<Results<Ok<GroupResponse>, NotFound, ForbidHttpResult>> Get(Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        return group is null ? TypedResults.NotFound()
            : !CanSee(user, group) ? TypedResults.Forbid()
            : TypedResults.Ok(GroupResponse.From(group));
    }

    public static async Task<Results<Ok<GroupResponse>, NotFound, ValidationProblem, ForbidHttpResult>> Update(
        Guid id, UpdateGroupRequest request, ClaimsPrincipal user, NoticesDb db, GroupAddressRules rules, TimeProvider clock, CancellationToken ct)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return TypedResults.NotFound();
        }

        if (!CanSee(user, group) || (request.CommunityId is { } target && !user.CanAccessCommunity(target)))
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Name is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > 200))
        {
            errors["name"] = ["name must be 1-200 characters."];
        }

        if (request.CommunityId is { } communityId && !await db.Communities.AnyAsync(c => c.Id == communityId, ct))
        {
            errors["communityId"] = ["communityId must name an existing community."];
        }

        string? address = null;
        if (request.Address is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null })
        {
            address = group.Channel == ChannelKind.BotFramework
                ? AddError(errors, "address", "a Bot Framework group's address is its conversation and cannot be changed.")
                : ValidateAddress(group.Channel, request.Address, rules, errors);
        }

        ValidateTags(request.Tags, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        group.Update(request.CommunityId, request.Name?.Trim(), address, address is null ? null : RateKey(group.Channel, address), request.Tags, now);
        if (request.Active is { } active)
        {
            group.SetActiveByStaff(active, now);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(GroupResponse.From(group));
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Delete(Guid id, ClaimsPrincipal user, NoticesDb db, CancellationToken ct)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return TypedResults.NotFound();
        }

        if (!CanSee(user, group))
        {
            return TypedResults.Forbid();
        }

        db.Groups.Remove(group);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted<TestSendResponse>, NotFound, ForbidHttpResult>> TestSend(
        Guid id, ClaimsPrincipal user, TestSendGroup testSend, CancellationToken ct) =>
        await testSend.HandleAsync(id, user, ct) switch
        {
            null => TypedResults.NotFound(),
            { IsForbidden: true } => TypedResults.Forbid(),
            var sent => TypedResults.Accepted($"/api/broadcasts/{sent.BroadcastId}", new TestSendResponse(sent.BroadcastId!.Value)),
        };

    internal static bool CanSee(ClaimsPrincipal user, Group group) =>
        user.IsAdmin() || (group.CommunityId is { } c && user.CanAccessCommunity(c));

    internal static ChannelKind? ParseKind(string? channel, Dictionary<string, string[]> errors)
    {
        ChannelKind? kind = channel?.ToLowerInvariant() switch
        {
            "botframework" => ChannelKind.BotFramework,
            "wecom" => ChannelKind.WeCom,
            "dingtalk" => ChannelKind.DingTalk,
            "feishu" => ChannelKind.Feishu,
            "webhook" => ChannelKind.Webhook,
            _ => null,
        };
        if (kind is null)
        {
            errors["channel"] = ["channel must be one of wecom, dingtalk, feishu, webhook (botframework groups register themselves)."];
        }

        return kind;
    }

    internal static string? ValidateAddress(ChannelKind kind, JsonElement? address, GroupAddressRules rules, Dictionary<string, string[]> errors)
    {
        if (address is not { ValueKind: JsonValueKind.Object } json)
        {
            return AddError(errors, "address", "address is required: the robot's webhook URL (and secret) as the chat app shows it.");
        }

        var problems = ChannelAddresses.Validate(kind, json, rules.AllowedHosts(kind));
        foreach (var problem in problems)
        {
            errors[$"address.{problem.Field}"] = [problem.Message];
        }

        return problems.Count == 0 ? ChannelAddresses.Normalize(kind, json) : null;
    }

    internal static void ValidateTags(IReadOnlyList<string>? tags, Dictionary<string, string[]> errors)
    {
        if (tags is { } list && (list.Count > 20 || list.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 40)))
        {
            errors["tags"] = ["tags: at most 20, each 1-40 characters (e.g. \"5\", \"staff\", \"residents\")."];
        }
    }

    private static string? AddError(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }

    internal static string RateKey(ChannelKind kind, string address) => ChannelAddresses.RateKey(kind, address);
}

public sealed record CreateGroupRequest(Guid? CommunityId, string? Name, string? Channel, JsonElement? Address, IReadOnlyList<string>? Tags);

public sealed record UpdateGroupRequest(Guid? CommunityId, string? Name, JsonElement? Address, IReadOnlyList<string>? Tags, bool? Active);

public sealed record TestSendResponse(Guid BroadcastId);

public sealed record GroupResponse(Guid Id, Guid? CommunityId, string Name, string Channel, string Address, IReadOnlyList<string> Tags,
    bool Active, string? InactiveReason, DateTimeOffset CreatedAt)
{
    public static GroupResponse From(Group g) => new(g.Id, g.CommunityId, g.Name, g.Channel.ToString().ToLowerInvariant(),
        g.Channel == ChannelKind.BotFramework ? "(Bot Framework conversation)" : ChannelAddresses.Redact(g.Channel, g.Address),
        g.Tags, g.IsActive, g.InactiveReason, g.CreatedAt);
}

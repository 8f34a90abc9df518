using System.Security.Claims;
using CommunityNotices.Bot.Security;
using CommunityNotices.Groups;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bot.Groups;

/// <summary>
/// Adds a robot or webhook group to a community after checking its pasted address against the channel's rules and
/// host allow-list. Errors are keyed by field (name, communityId, channel, address.*, tags).
/// </summary>
public sealed class CreateGroup(NoticesDb db, GroupAddressRules rules, TimeProvider clock)
{
    public async Task<CreateGroupResult> HandleAsync(CreateGroupRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["name is required (at most 200 characters), e.g. 5号楼居民群."];
        }

        if (request.CommunityId is not { } communityId || !await db.Communities.AnyAsync(c => c.Id == communityId, ct))
        {
            errors["communityId"] = ["communityId must name an existing community."];
        }
        else if (!user.CanAccessCommunity(communityId))
        {
            return CreateGroupResult.Forbidden;
        }

        var kind = GroupsApi.ParseKind(request.Channel, errors);
        if (kind == ChannelKind.BotFramework)
        {
            errors["channel"] = ["Bot Framework groups register themselves when the bot is added to the conversation; bind them with PATCH."];
        }

        string? address = null;
        if (kind is { } k && k != ChannelKind.BotFramework)
        {
            address = GroupsApi.ValidateAddress(k, request.Address, rules, errors);
        }

        GroupsApi.ValidateTags(request.Tags, errors);
        if (errors.Count > 0)
        {
            return new CreateGroupResult(null, errors, false);
        }

        var group = new Group(request.CommunityId, request.Name!.Trim(), kind!.Value, address!, GroupsApi.RateKey(kind.Value, address!), request.Tags ?? [], clock.GetUtcNow());
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return new CreateGroupResult(group, errors, false);
    }
}

public sealed record CreateGroupResult(Group? Group, Dictionary<string, string[]> Errors, bool IsForbidden)
{
    public static readonly CreateGroupResult Forbidden = new(null, [], true);
}

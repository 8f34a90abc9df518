using CommunityNotices.DirectLine;
using CommunityNotices.Notifier.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// An activity a web chat client posts: checked, stamped with what the server decides (id, timestamp, from, the
/// conversation's community), appended to the transcript — that echo is how Web Chat learns the message was sent —
/// and handed to the bot.
/// </summary>
public sealed class InboundActivity(
    DirectLineTranscript transcript, DirectLineAdapter adapter, IBot bot, BotIdentity identity, IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime)
{
    private const int MaxBody = 64 * 1024;

    public async Task<IResult> HandleAsync(DirectLineConversation conversation, HttpRequest request, CancellationToken ct)
    {
        var (activity, error) = await ReadAsync(request, ct);
        if (activity is null)
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", error!);
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            // Not kept: a transcript of keystrokes helps no one.
            return TypedResults.Json(new PostResponse(""));
        }

        activity.Id = null;
        activity.ReplyToId = null;
        activity.From = new ChannelAccount(conversation.UserId, Truncate(activity.From?.Name, 50), RoleTypes.User);
        activity.Recipient = identity.Account();
        activity.Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: conversation.Id);
        activity.ChannelData = ChannelData(activity.ChannelData, conversation);
        if (activity.Locale is { Length: > 20 })
        {
            activity.Locale = null;
        }

        var stored = await transcript.AppendAsync(conversation.Id, activity, ct);
        // The host's token, not the request's: the reply must be written even if the page went away meanwhile.
        await adapter.ProcessAsync(stored, bot, lifetime.ApplicationStopping);
        return TypedResults.Json(new PostResponse(stored.Id));
    }

    private async Task<(Activity? Activity, string? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        string body;
        try
        {
            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBody + 1];
            var length = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
            if (length > MaxBody)
            {
                return (null, "The activity is too large.");
            }

            body = new string(buffer, 0, length);
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.Message);
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body, new JsonSerializerSettings { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not a valid activity: {e.Message}");
        }

        if (activity is null)
        {
            return (null, "The request body must be an activity object.");
        }

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return (null, "Activity type must be \"message\", \"event\" or \"typing\".");
        }

        return activity.Text is { Length: var n } && n > options.Value.MaxTextLength
            ? (null, $"The message is too long ({n} characters; at most {options.Value.MaxTextLength}).")
            : (activity, null);
    }

    /// <summary>Keeps what the client put there (Web Chat's clientActivityID) but the community is the conversation's, not the client's say.</summary>
    private static JObject? ChannelData(object? fromClient, DirectLineConversation conversation)
    {
        var data = fromClient as JObject ?? [];
        data.Remove("communityCode");
        if (conversation.CommunityCode is { } code)
        {
            data["communityCode"] = code;
        }

        return data.Count == 0 ? null : data;
    }

    private static string? Truncate(string? value, int max) => value is { Length: > 0 } v ? v[..Math.Min(v.Length, max)] : null;

    public sealed record PostResponse([property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id);
}

using System.Text;
using System.Text.Json.Serialization;
using CommunityNotices.DirectLine;
using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Persistence;
using Microsoft.Bot.Builder;
using CommunityNotices.Bot.WebChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.DirectLine;

/// <summary>
/// Direct Line 3.0 as the Bot Framework Web Chat client speaks it: the same paths, JSON and status codes as the public
/// service, for conversations with our own bot only.
/// </summary>
public static class DirectLineApi
{
    public const string GeneratePolicy = "directline-generate";

    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").AllowAnonymous().ExcludeFromDescription();
        api.MapPost("/tokens/generate", GenerateAsync).RequireRateLimiting(GeneratePolicy);
        api.MapPost("/tokens/refresh", Refresh);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapGet("/conversations/{conversationId}/stream", (string conversationId, HttpContext context, ConversationStream stream) =>
            stream.RunAsync(context, conversationId));
        api.MapPost("/conversations/{conversationId}/upload", () =>
            DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "Uploads are not supported: please type your answer."));
        return app;
    }

    /// <summary>
    /// Anyone may open a conversation (the page is public, like the poster on the notice board); the user id is always
    /// ours, never the client's, so one resident cannot pose as another. Our extension: <c>communityCode</c> binds the
    /// conversation to the community whose poster was scanned.
    /// </summary>
    private static async Task<IResult> GenerateAsync(HttpRequest request, NoticesDb db, DirectLineTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        var body = await GenerateRequest.ReadAsync(request, ct);
        if (body.Error is not null)
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", body.Error);
        }

        var code = body.CommunityCode;
        if (code is not null && !await db.Communities.AnyAsync(c => c.Code == code, ct))
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", $"Unknown community code \"{code}\".");
        }

        var conversation = new DirectLineConversation(DirectLineConversation.NewUserId(), code, clock.GetUtcNow());
        db.DirectLineConversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Json(new TokenResponse(conversation.Id, tokens.Issue(conversation.Id, conversation.UserId), (int)tokens.Lifetime.TotalSeconds));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        if (tokens.Read(DirectLineAuthorization.BearerToken(request)) is not { } grant)
        {
            return DirectLineError.Result(StatusCodes.Status401Unauthorized, "BadArgument", "A valid Direct Line token is required.");
        }

        return tokens.MayRefresh(grant)
            ? TypedResults.Json(new TokenResponse(grant.ConversationId, tokens.Issue(grant.ConversationId, grant.UserId), (int)tokens.Lifetime.TotalSeconds))
            : DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");
    }

    /// <summary>A token names its conversation, so "start" opens that one and tells the bot about it the first time.</summary>
    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAuthorization authorization, DirectLineTokens tokens, IOptions<WebChatOptions> webChat, ConversationStart start,
        CancellationToken ct)
    {
        var (conversation, _, failure) = await authorization.AuthorizeAsync(request, conversationId: null, ct);
        if (failure is not null)
        {
            return failure;
        }

        var isNew = await start.StartAsync(conversation!, request.Headers.AcceptLanguage.ToString());
        var response = ConversationResponse.For(conversation!, request, tokens, webChat.Value, watermark: null);
        return isNew ? TypedResults.Json(response, statusCode: StatusCodes.Status201Created) : TypedResults.Json(response);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthorization authorization, DirectLineTokens tokens,
        IOptions<WebChatOptions> webChat, CancellationToken ct)
    {
        var (conversation, _, failure) = await authorization.AuthorizeAsync(request, conversationId, ct);
        return failure ?? TypedResults.Json(ConversationResponse.For(conversation!, request, tokens, webChat.Value, Watermark.Parse(watermark)));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineAuthorization authorization, InboundActivity inbound, CancellationToken ct)
    {
        var (conversation, _, failure) = await authorization.AuthorizeAsync(request, conversationId, ct);
        return failure ?? await inbound.HandleAsync(conversation!, request, ct);
    }

    /// <summary>Polling: answers at once, and never with a 5xx (Direct Line clients stop for good on one).</summary>
    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthorization authorization, DirectLineTranscript transcript,
        ILogger<ConversationStream> logger, CancellationToken ct)
    {
        var (_, _, failure) = await authorization.AuthorizeAsync(request, conversationId, ct);
        if (failure is not null)
        {
            return failure;
        }

        var after = Watermark.Parse(watermark);
        TranscriptPage page;
        try
        {
            page = await transcript.ReadAsync(conversationId, after, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not read the transcript of web chat {ConversationId}; answering with no activities", conversationId);
            page = new TranscriptPage([], after);
        }

        return TypedResults.Text(ActivitySet(page), "application/json", Encoding.UTF8);
    }

    /// <summary>The transcript holds each activity's JSON as sent; the set is assembled without re-serialising it.</summary>
    internal static string ActivitySet(TranscriptPage page)
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', page.Activities);
        json.Append(']');
        if (page.Watermark is { } mark)
        {
            json.Append(",\"watermark\":\"").Append(mark).Append('"');
        }

        return json.Append('}').ToString();
    }

    public sealed record TokenResponse(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

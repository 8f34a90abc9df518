using System.Security.Claims;
using CommunityNotices.Bot.Security;
using CommunityNotices.Bot.WebChat;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.Posters;

/// <summary>Printable A4 posters whose QR code opens a community's chat page.</summary>
public static class PostersApi
{
    public static readonly IReadOnlyList<string> Instructions =
    [
        "微信扫一扫上方二维码，打开社区报备页面",
        "按提示填写姓名、电话、楼栋房号和出发地",
        "提交后请留意社区工作人员的电话或消息",
    ];

    public static IEndpointRouteBuilder MapPostersApi(this IEndpointRouteBuilder app)
    {
        // Also under /admin, where staff are signed in with a cookie rather than an API key.
        foreach (var prefix in new[] { "/api/communities", "/admin/communities" })
        {
            app.MapGroup(prefix).WithTags("Communities").RequireAuthorization(Policies.Reader)
                .MapGet("/{id:guid}/poster.{format:regex(^(png|pdf)$)}", RenderAsync);
        }

        return app;
    }

    private static async Task<IResult> RenderAsync(
        Guid id, string format, ClaimsPrincipal user, HttpRequest request, NoticesDb db, PosterRenderer renderer, IOptions<WebChatOptions> webChat,
        CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanAccessCommunity(id))
        {
            return TypedResults.Forbid();
        }

        var content = new PosterContent(community.Name, ChatUrl(webChat.Value.BaseUrl(request), community.Code), Instructions,
            string.IsNullOrEmpty(community.Hotline) ? null : $"社区咨询电话：{community.Hotline}");
        try
        {
            return format == "pdf"
                ? TypedResults.File(renderer.RenderPdf(content), "application/pdf", $"poster-{community.Code}.pdf")
                : TypedResults.File(renderer.RenderPng(content), "image/png", $"poster-{community.Code}.png");
        }
        catch (MissingCjkFontException e)
        {
            // The server's set-up, not the caller's input: say exactly what to install.
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No Chinese font on the server");
        }
    }

    public static string ChatUrl(string baseUrl, string communityCode) => $"{baseUrl}/chat/{Uri.EscapeDataString(communityCode)}";
}

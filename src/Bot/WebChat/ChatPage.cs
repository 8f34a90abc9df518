using System.Text.Encodings.Web;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;

namespace CommunityNotices.Bot.WebChat;

/// <summary>
/// <c>/chat/{communityCode}</c>: the page a poster's QR code opens in WeChat's browser — Web Chat pointed at our Direct
/// Line endpoint, bound to the community. The client script is ours (wwwroot/static/chat); Web Chat itself is served from the
/// build output (see Bot.csproj).
/// </summary>
public static class ChatPage
{
    public static WebApplication MapChatPage(this WebApplication app)
    {
        var webChat = Path.Combine(AppContext.BaseDirectory, "webchat");
        if (Directory.Exists(webChat))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webChat), RequestPath = "/webchat" });
        }

        app.MapGet("/chat/{communityCode}", RenderAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RenderAsync(string communityCode, NoticesDb db, CancellationToken ct)
    {
        var community = communityCode.Length <= 40
            ? await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Code == communityCode, ct)
            : null;
        if (community is null)
        {
            return TypedResults.Content(Page("未找到社区", "<p class=\"missing\">未找到该社区，请核对二维码或链接。<br>Community not found: please check the QR code or link.</p>", ""),
                "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var html = HtmlEncoder.Default;
        var body = $"""
            <main id="webchat" data-community="{html.Encode(community.Code)}" data-hotline="{html.Encode(community.Hotline)}" aria-label="报备对话"></main>
            <noscript>请开启浏览器的 JavaScript 后使用本页面。</noscript>
            <script src="/webchat/webchat.js"></script>
            <script src="/static/chat/chat.js"></script>
            """;
        return TypedResults.Content(Page(community.Name, body, "中高风险地区返乡报备 · 社区通知"), "text/html; charset=utf-8");
    }

    private static string Page(string title, string body, string subtitle)
    {
        var html = HtmlEncoder.Default;
        return $"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
            <meta name="referrer" content="no-referrer">
            <title>{html.Encode(title)} · 返乡报备</title>
            <link rel="stylesheet" href="/static/chat/chat.css">
            </head>
            <body>
            <header class="bar"><h1>{html.Encode(title)}</h1><p>{html.Encode(subtitle)}</p></header>
            {body}
            </body>
            </html>
            """;
    }
}

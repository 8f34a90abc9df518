using CommunityNotices.Bot.Posters;
using SkiaSharp;

namespace CommunityNotices.Bot.Tests.Posters;

public sealed class PosterRendererPngTests
{
    // Text is fitted into the 100 px page margins; allow a few pixels of antialiasing.
    private const int BlankMargin = 90;

    private const int FooterRuleY = 1610;

    private static readonly PosterRenderer Renderer = new();

    [Fact]
    public void RenderPng_IsA4At150DpiAndQrDecodesToChatUrl()
    {
        var png = Renderer.RenderPng(PosterSamples.Typical());

        using var bitmap = QrImageDecoder.Pixels(png);
        Assert.Equal((1240, 1754), (bitmap.Width, bitmap.Height));
        Assert.Equal((PosterRenderer.PngWidth, PosterRenderer.PngHeight), (bitmap.Width, bitmap.Height));
        Assert.Equal(PosterSamples.ChatUrl, QrImageDecoder.Decode(png));
    }

    [Fact]
    public void RenderPng_DrawsQrModulesInPureBlackAndWhite()
    {
        using var bitmap = QrImageDecoder.Pixels(Renderer.RenderPng(PosterSamples.Typical()));

        // The QR is centred; its middle row crosses only modules and quiet zone, never text.
        var qrRow = Enumerable.Range(260, 720).Select(x => bitmap.GetPixel(x, 700)).ToList();
        Assert.All(qrRow, c => Assert.True(c == SKColors.Black || c == SKColors.White, $"grey module pixel {c}"));
        Assert.Contains(SKColors.Black, qrRow);
    }

    [Fact]
    public void RenderPng_ShrinksTextToFitAndQrStillDecodes_WhenCommunityNameIsVeryLong()
    {
        var name = string.Concat(Enumerable.Repeat("北京市朝阳区建国门外大街道幸福里第一社区居民委员会", 3));

        var png = Renderer.RenderPng(PosterSamples.Typical(communityName: name));

        Assert.Equal(PosterSamples.ChatUrl, QrImageDecoder.Decode(png));
        AssertSideMarginsBlank(png);
    }

    [Fact]
    public void RenderPng_ShrinksUrlToFitAndQrStillDecodes_WhenChatUrlIsVeryLong()
    {
        var url = "http://community-notices.example.internal:5080/chat/110105001001?source=poster&campaign="
            + new string('x', 120);

        var png = Renderer.RenderPng(PosterSamples.Typical(chatUrl: url));

        Assert.Equal(url, QrImageDecoder.Decode(png));
        AssertSideMarginsBlank(png);
    }

    [Fact]
    public void RenderPng_KeepsTextClearOfFooter_WhenTitleWrapsAndThereAreManyInstructions()
    {
        var content = PosterSamples.Typical(communityName: "北京市朝阳区建国门外街道幸福里第一社区") with
        {
            Instructions = [.. PosterSamples.Instructions, .. PosterSamples.Instructions, .. PosterSamples.Instructions],
        };

        var png = Renderer.RenderPng(content);

        using var bitmap = QrImageDecoder.Pixels(png);
        // The footer's rule sits about 145 px above the page's foot; the band above it stays empty.
        for (var y = FooterRuleY - 35; y < FooterRuleY - 5; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
                Assert.Equal(SKColors.White, bitmap.GetPixel(x, y));
        }

        Assert.Equal(PosterSamples.ChatUrl, QrImageDecoder.Decode(png));
    }

    [Fact]
    public void RenderPng_DrawsSamePosterFromManyThreads()
    {
        var content = PosterSamples.Typical();
        var shared = new PosterRenderer();

        var pngs = new byte[4][];
        Parallel.For(0, pngs.Length, i => pngs[i] = shared.RenderPng(content));

        Assert.All(pngs, png => Assert.Equal(pngs[0], png));
    }

    private static void AssertSideMarginsBlank(byte[] png)
    {
        using var bitmap = QrImageDecoder.Pixels(png);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < BlankMargin; x++)
            {
                Assert.Equal(SKColors.White, bitmap.GetPixel(x, y));
                Assert.Equal(SKColors.White, bitmap.GetPixel(bitmap.Width - 1 - x, y));
            }
        }
    }
}

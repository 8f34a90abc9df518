using System.Text.RegularExpressions;
using CommunityNotices.Bot.Posters;

namespace CommunityNotices.Bot.Tests.Posters;

public sealed class PosterRendererPdfTests
{
    private static readonly PosterRenderer Renderer = new();

    [Fact]
    public void RenderPdf_IsOneA4PageOfVectorTextAndShapes()
    {
        var pdf = Renderer.RenderPdf(PosterSamples.Typical());

        var text = PdfPages.Latin1(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.True(pdf.Length > 5_000, $"PDF is only {pdf.Length} bytes");
        Assert.Equal(1, PdfPages.CountPages(pdf));
        Assert.Matches(new Regex(@"/MediaBox\s*\[\s*0\s+0\s+595\s+842\s*\]"), text);
        // Skia embeds Noto's CFF outlines as Type 3 fonts: glyphs stay vector, with a ToUnicode map for copying.
        Assert.Contains("/Type /Font", text, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Subtype /Image", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPdf_QrDecodesToChatUrl_WhenRasterisedAt150Dpi()
    {
        Assert.SkipUnless(PdfPages.PdftoppmAvailable, "pdftoppm (poppler-utils) is not installed.");

        var page = PdfPages.RasteriseFirstPage(Renderer.RenderPdf(PosterSamples.Typical()), dpi: 150);

        Assert.Equal(PosterSamples.ChatUrl, QrImageDecoder.Decode(page));
    }

    [Fact]
    public void RenderPdf_Succeeds_WhenCommunityNameIsVeryLong()
    {
        var name = string.Concat(Enumerable.Repeat("北京市朝阳区建国门外大街道幸福里第一社区居民委员会", 3));

        var pdf = Renderer.RenderPdf(PosterSamples.Typical(communityName: name));

        Assert.Equal(1, PdfPages.CountPages(pdf));
        if (PdfPages.PdftoppmAvailable)
            Assert.Equal(PosterSamples.ChatUrl, QrImageDecoder.Decode(PdfPages.RasteriseFirstPage(pdf, dpi: 150)));
    }
}

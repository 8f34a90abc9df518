using CommunityNotices.Bot.Posters;
using SkiaSharp;

namespace CommunityNotices.Bot.Tests.Posters;

public sealed class PosterRendererFontTests
{
    [Fact]
    public void DefaultFontLookup_FindsTypefaceWithRealGlyphsForAllPosterText()
    {
        var texts = PosterPainter.TextsOf(PosterSamples.Typical());

        var typeface = CjkFontResolver.Resolve(string.Concat(texts));

        Assert.NotNull(typeface);
        using var font = new SKFont(typeface);
        Assert.All(texts, t => Assert.DoesNotContain((ushort)0, font.GetGlyphs(t)));
    }

    [Fact]
    public void RenderPng_ThrowsMissingCjkFontWithInstallHint_WhenFontHasNoChineseGlyphs()
    {
        var latinOnly = SKFontManager.Default.MatchFamily("DejaVu Sans") ?? SKTypeface.Default;
        var renderer = new PosterRenderer(_ => latinOnly);

        var error = Assert.Throws<MissingCjkFontException>(() => renderer.RenderPng(PosterSamples.Typical()));

        Assert.Equal("朝阳区幸福里社区", error.Text);
        Assert.Contains("No CJK font found", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void RenderPdf_ThrowsMissingCjkFont_WhenNoFontIsFound()
    {
        var renderer = new PosterRenderer(_ => null);

        Assert.Throws<MissingCjkFontException>(() => renderer.RenderPdf(PosterSamples.Typical()));
    }

    [Fact]
    public void RenderPng_ThrowsMissingCjkFont_WhenCachedFontLacksLaterCharacters()
    {
        var chinese = CjkFontResolver.Resolve("社区");
        var renderer = new PosterRenderer(_ => chinese);
        renderer.RenderPng(PosterSamples.Typical());

        var error = Assert.Throws<MissingCjkFontException>(
            () => renderer.RenderPng(PosterSamples.Typical(communityName: "独角兽🦄社区")));

        Assert.Equal("独角兽🦄社区", error.Text);
    }
}

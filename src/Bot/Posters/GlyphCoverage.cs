using SkiaSharp;

namespace CommunityNotices.Bot.Posters;

internal static class GlyphCoverage
{
    /// <summary>True when <paramref name="typeface"/> has a real glyph (not .notdef) for every character of <paramref name="text"/>.</summary>
    public static bool HasGlyphsFor(this SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(text);
    }
}

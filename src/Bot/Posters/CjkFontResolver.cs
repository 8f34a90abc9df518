using System.Text;
using SkiaSharp;

namespace CommunityNotices.Bot.Posters;

/// <summary>Finds an installed font that covers Chinese text, through Skia's font manager (fontconfig on Linux).</summary>
internal static class CjkFontResolver
{
    private static readonly string[] PreferredFamilies =
    [
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "Source Han Sans CN",
        "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei",
        "Droid Sans Fallback",
    ];

    private static readonly string[] ChineseLanguages = ["zh-CN", "zh-Hans", "zh"];

    /// <summary>A typeface with a glyph for every character of <paramref name="text"/>, or null.</summary>
    public static SKTypeface? Resolve(string text)
    {
        var manager = SKFontManager.Default;

        // fontconfig answers an unknown family with its default font, so every candidate is checked for coverage.
        foreach (var family in PreferredFamilies)
        {
            var typeface = manager.MatchFamily(family, SKFontStyle.Normal);
            if (typeface is not null && typeface.HasGlyphsFor(text))
                return typeface;
        }

        // 0x2E80 is where the CJK blocks start; anything below is covered by the families above or by none.
        var firstCjk = text.EnumerateRunes().FirstOrDefault(r => r.Value >= 0x2E80);
        if (firstCjk == default)
            return null;
        var fallback = manager.MatchCharacter(null, SKFontStyle.Normal, ChineseLanguages, firstCjk.Value);
        return fallback is not null && fallback.HasGlyphsFor(text) ? fallback : null;
    }
}

using SkiaSharp;

namespace CommunityNotices.Bot.Posters;

/// <summary>The typefaces one poster is drawn with. <see cref="FakeBold"/> is set when the family has no bold face.</summary>
internal sealed record PosterFonts(SKTypeface Regular, SKTypeface Bold, bool FakeBold)
{
    /// <summary>Pairs <paramref name="regular"/> with its family's bold face, if that covers the same text.</summary>
    public static PosterFonts From(SKTypeface regular, IReadOnlyList<string> texts)
    {
        var bold = SKFontManager.Default.MatchFamily(regular.FamilyName, SKFontStyle.Bold);
        var realBold = bold is not null
            && bold.FamilyName == regular.FamilyName
            && bold.FontWeight >= (int)SKFontStyleWeight.SemiBold
            && texts.All(t => bold.HasGlyphsFor(t));
        return realBold ? new PosterFonts(regular, bold!, false) : new PosterFonts(regular, regular, true);
    }

    public bool Covers(IReadOnlyList<string> texts) =>
        texts.All(t => Regular.HasGlyphsFor(t) && Bold.HasGlyphsFor(t));

    public SKFont CreateRegular(float size) => Create(Regular, size, embolden: false);

    public SKFont CreateBold(float size) => Create(Bold, size, embolden: FakeBold);

    private static SKFont Create(SKTypeface typeface, float size, bool embolden) =>
        new(typeface, size)
        {
            Embolden = embolden,
            Subpixel = true,
            // Linear metrics keep measured widths proportional to size, so shrink-to-fit converges in one step.
            LinearMetrics = true,
            Edging = SKFontEdging.Antialias,
        };
}

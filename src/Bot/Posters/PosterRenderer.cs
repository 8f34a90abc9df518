using SkiaSharp;

namespace CommunityNotices.Bot.Posters;

/// <summary>
/// Renders a community's A4 poster (title, QR code of its chat link, instructions) to PNG or PDF.
/// Thread-safe; meant to be a singleton, since it caches the typeface it finds.
/// </summary>
public sealed class PosterRenderer
{
    /// <summary>A4 at 150 dpi.</summary>
    public const int PngWidth = PosterPainter.WidthPx;

    /// <summary>A4 at 150 dpi.</summary>
    public const int PngHeight = PosterPainter.HeightPx;

    /// <summary>A4 in PDF points.</summary>
    public const float PdfWidth = 595;

    /// <summary>A4 in PDF points.</summary>
    public const float PdfHeight = 842;

    private const float PointsPerPixel = 72f / 150f;

    private readonly Func<string, SKTypeface?> fontResolver;
    private readonly Lock gate = new();
    private PosterFonts? fonts;

    /// <summary>Finds a Chinese font through fontconfig.</summary>
    public PosterRenderer()
        : this(CjkFontResolver.Resolve) { }

    /// <param name="fontResolver">Given all the text a poster draws, returns a typeface meant to cover it, or null.</param>
    public PosterRenderer(Func<string, SKTypeface?> fontResolver)
    {
        ArgumentNullException.ThrowIfNull(fontResolver);
        this.fontResolver = fontResolver;
    }

    /// <exception cref="MissingCjkFontException">No font has glyphs for all of the text.</exception>
    public byte[] RenderPng(PosterContent content)
    {
        var fontsToUse = FontsFor(content);
        var info = new SKImageInfo(PngWidth, PngHeight, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        PosterPainter.Paint(surface.Canvas, content, fontsToUse);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <exception cref="MissingCjkFontException">No font has glyphs for all of the text.</exception>
    public byte[] RenderPdf(PosterContent content)
    {
        var fontsToUse = FontsFor(content);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = content.CommunityName,
            Creator = "CommunityNotices",
        };
        using (var document = SKDocument.CreatePdf(stream, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            var canvas = document.BeginPage(PdfWidth, PdfHeight);
            canvas.Scale(PointsPerPixel);
            PosterPainter.Paint(canvas, content, fontsToUse);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private PosterFonts FontsFor(PosterContent content)
    {
        Validate(content);
        var texts = PosterPainter.TextsOf(content);
        lock (gate)
        {
            if (fonts is not null && fonts.Covers(texts))
                return fonts;

            var typeface = fontResolver(string.Concat(texts));
            var uncovered = texts.FirstOrDefault(t => typeface is null || !typeface.HasGlyphsFor(t));
            if (uncovered is not null)
                throw new MissingCjkFontException(uncovered);

            fonts = PosterFonts.From(typeface!, texts);
            return fonts;
        }
    }

    private static void Validate(PosterContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.CommunityName, nameof(content));
        ArgumentException.ThrowIfNullOrWhiteSpace(content.ChatUrl, nameof(content));
        ArgumentNullException.ThrowIfNull(content.Instructions, nameof(content));
    }
}

using System.Globalization;
using SkiaSharp;

namespace CommunityNotices.Bot.Posters;

/// <summary>
/// Lays out and draws the poster in A4-at-150-dpi pixel units. Both the PNG and the PDF are drawn by this one
/// method (the PDF canvas scaled to points), so their layouts cannot drift apart.
/// </summary>
internal static class PosterPainter
{
    public const int WidthPx = 1240;
    public const int HeightPx = 1754;
    public const string Subtitle = "中高风险地区返乡报备 · 社区通知";

    private const float Margin = 100;
    private const float ContentWidth = WidthPx - (2 * Margin);
    private const float QrTargetWidth = WidthPx * 0.6f;

    private const float TitleSize = 100;
    private const float MinSingleLineTitleScale = 0.6f;
    private const float TwoLineTitleSize = 70;
    private const float SubtitleSize = 46;
    private const float UrlSize = 30;
    private const float InstructionSize = 42;
    private const float FooterSize = 30;

    private static readonly SKColor Ink = SKColors.Black;
    private static readonly SKColor SoftInk = new(0x44, 0x44, 0x44);
    private static readonly SKColor RuleColor = new(0xBB, 0xBB, 0xBB);

    /// <summary>Every string the poster draws, so fonts can be checked for coverage before drawing.</summary>
    public static IReadOnlyList<string> TextsOf(PosterContent content)
    {
        List<string> texts = [content.CommunityName, Subtitle, content.ChatUrl, .. NumberedInstructions(content)];
        if (!string.IsNullOrWhiteSpace(content.Footer))
            texts.Add(content.Footer);
        return texts;
    }

    public static void Paint(SKCanvas canvas, PosterContent content, PosterFonts fonts)
    {
        canvas.Clear(SKColors.White);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var softInk = new SKPaint { Color = SoftInk, IsAntialias = true };

        var contentBottom = DrawFooter(canvas, content.Footer, fonts, softInk);

        var y = Margin + 20;
        var titleLines = SplitTitle(content.CommunityName, fonts);
        var titleSize = titleLines.Count == 1 ? TitleSize : TwoLineTitleSize;
        using (var title = FitFont(fonts.CreateBold, titleSize, ContentWidth, titleLines))
        {
            foreach (var line in titleLines)
                y = DrawCentred(canvas, line, title, ink, y);
        }

        y += 16;
        using (var subtitle = FitFont(fonts.CreateRegular, SubtitleSize, ContentWidth, [Subtitle]))
            y = DrawCentred(canvas, Subtitle, subtitle, softInk, y);

        y += 36;
        DrawRule(canvas, y);

        // The QR code's own quiet zone already leaves a wide white band around it.
        y += 12;
        y = QrPainter.Draw(canvas, QrMatrix.Encode(content.ChatUrl), WidthPx / 2f, y, QrTargetWidth);

        using (var url = FitFont(fonts.CreateRegular, UrlSize, ContentWidth, [content.ChatUrl]))
            y = DrawCentred(canvas, content.ChatUrl, url, softInk, y);

        y += 72;
        DrawInstructions(canvas, NumberedInstructions(content), fonts, ink, y, contentBottom);
    }

    /// <summary>Draws the footer, if any, at the foot of the page; returns how far down the rest may go.</summary>
    private static float DrawFooter(SKCanvas canvas, string? text, PosterFonts fonts, SKPaint paint)
    {
        if (string.IsNullOrWhiteSpace(text))
            return HeightPx - Margin;

        using var footer = FitFont(fonts.CreateRegular, FooterSize, ContentWidth, [text]);
        var top = HeightPx - Margin + 30 - LineHeight(footer);
        DrawRule(canvas, top - 30);
        DrawCentred(canvas, text, footer, paint, top);
        return top - 70;
    }

    private static List<string> NumberedInstructions(PosterContent content) =>
        content.Instructions.Select((line, i) => $"{i + 1}. {line}").ToList();

    /// <summary>
    /// One line, or two of about equal width when one line would have to shrink below
    /// <see cref="MinSingleLineTitleScale"/> of the title size. Chinese may break between any two characters.
    /// </summary>
    private static IReadOnlyList<string> SplitTitle(string title, PosterFonts fonts)
    {
        using var font = fonts.CreateBold(TitleSize);
        var breaks = StringInfo.ParseCombiningCharacters(title);
        if (font.MeasureText(title) * MinSingleLineTitleScale <= ContentWidth || breaks.Length < 2)
            return [title];

        var split = breaks.Skip(1)
            .MinBy(i => Math.Max(font.MeasureText(title[..i]), font.MeasureText(title[i..])));
        return [title[..split].TrimEnd(), title[split..].TrimStart()];
    }

    /// <summary>The preferred size, or the largest smaller one at which every line fits the width.</summary>
    private static SKFont FitFont(Func<float, SKFont> create, float preferredSize, float maxWidth, IReadOnlyList<string> lines)
    {
        var font = create(preferredSize);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var widest = lines.Count == 0 ? 0 : lines.Max(l => font.MeasureText(l));
            if (widest <= maxWidth)
                return font;
            var size = font.Size * maxWidth / widest * 0.99f;
            font.Dispose();
            font = create(size);
        }

        return font;
    }

    private static float LineHeight(SKFont font) => font.Metrics.Descent - font.Metrics.Ascent;

    /// <summary>Draws one centred line whose top edge is at <paramref name="top"/>; returns its bottom edge.</summary>
    private static float DrawCentred(SKCanvas canvas, string text, SKFont font, SKPaint paint, float top)
    {
        var baseline = top - font.Metrics.Ascent;
        canvas.DrawText(text, WidthPx / 2f, baseline, SKTextAlign.Center, font, paint);
        return baseline + font.Metrics.Descent;
    }

    private static void DrawRule(SKCanvas canvas, float y)
    {
        using var rule = new SKPaint { Color = RuleColor, StrokeWidth = 3, IsAntialias = true };
        canvas.DrawLine(Margin + 120, y, WidthPx - Margin - 120, y, rule);
    }

    /// <summary>
    /// Numbered lines, left-aligned as a block that is centred on the page, all at one size,
    /// small enough to fit both the width and the height between <paramref name="top"/> and <paramref name="bottom"/>.
    /// </summary>
    private static void DrawInstructions(
        SKCanvas canvas, IReadOnlyList<string> lines, PosterFonts fonts, SKPaint paint, float top, float bottom)
    {
        if (lines.Count == 0)
            return;

        var font = FitFont(fonts.CreateRegular, InstructionSize, ContentWidth, lines);
        var height = BlockHeight(font, lines.Count);
        if (height > bottom - top)
        {
            var size = font.Size * (bottom - top) / height;
            font.Dispose();
            font = FitFont(fonts.CreateRegular, size, ContentWidth, lines);
        }

        using (font)
            DrawLeftAlignedBlock(canvas, lines, font, paint, top);
    }

    private static float LineStep(SKFont font) => LineHeight(font) * 1.35f;

    private static float BlockHeight(SKFont font, int lineCount) => LineHeight(font) + (LineStep(font) * (lineCount - 1));

    private static void DrawLeftAlignedBlock(SKCanvas canvas, IReadOnlyList<string> lines, SKFont font, SKPaint paint, float top)
    {
        var blockWidth = lines.Max(l => font.MeasureText(l));
        var left = (WidthPx - blockWidth) / 2;
        var step = LineStep(font);
        var baseline = top - font.Metrics.Ascent;
        foreach (var line in lines)
        {
            canvas.DrawText(line, left, baseline, SKTextAlign.Left, font, paint);
            baseline += step;
        }
    }
}

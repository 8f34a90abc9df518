using SkiaSharp;

namespace CommunityNotices.Bot.Posters;

internal static class QrPainter
{
    /// <summary>
    /// Draws <paramref name="qr"/> (quiet zone included) at most <paramref name="maxSide"/> wide, centred on
    /// <paramref name="centreX"/> with its top edge at or just below <paramref name="top"/>; returns its bottom edge.
    /// </summary>
    public static float Draw(SKCanvas canvas, QrMatrix qr, float centreX, float top, float maxSide)
    {
        // Whole-pixel modules on a whole-pixel origin, drawn without antialiasing, keep every module edge sharp.
        var module = Math.Max(1, (int)(maxSide / qr.Size));
        var side = module * qr.Size;
        var left = (int)MathF.Round(centreX - (side / 2f));
        var y0 = (int)MathF.Ceiling(top);

        using var path = RunsPath(qr, left, y0, module);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
        return y0 + side;
    }

    // One path of horizontal runs: fewer PDF operators, and no hairline seams between adjacent modules.
    private static SKPath RunsPath(QrMatrix qr, int left, int top, int module)
    {
        using var builder = new SKPathBuilder();
        for (var y = 0; y < qr.Size; y++)
        {
            var x = 0;
            while (x < qr.Size)
            {
                if (!qr.IsDark(x, y))
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < qr.Size && qr.IsDark(x, y))
                    x++;
                builder.AddRect(
                    SKRect.Create(left + (start * module), top + (y * module), (x - start) * module, module),
                    SKPathDirection.Clockwise);
            }
        }

        return builder.Detach();
    }
}

using SkiaSharp;
using ZXing;

namespace CommunityNotices.Bot.Tests.Posters;

/// <summary>Reads a QR code back out of an encoded image, the way a phone camera would see the printed page.</summary>
internal static class QrImageDecoder
{
    public static string? Decode(byte[] encodedImage)
    {
        using var bitmap = Pixels(encodedImage);
        var source = new RGBLuminanceSource(
            bitmap.GetPixelSpan().ToArray(), bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var reader = new BarcodeReaderGeneric
        {
            Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(source)?.Text;
    }

    /// <summary>Decodes to tightly packed RGBA, the layout RGBLuminanceSource expects.</summary>
    public static SKBitmap Pixels(byte[] encodedImage)
    {
        using var codec = SKCodec.Create(new MemoryStream(encodedImage))
            ?? throw new InvalidOperationException("Not an image Skia can decode.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return SKBitmap.Decode(codec, info);
    }
}

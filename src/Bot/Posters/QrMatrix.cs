using QRCoder;

namespace CommunityNotices.Bot.Posters;

/// <summary>The dark/light modules of a QR code, with exactly the standard 4-module quiet zone on each side.</summary>
internal sealed class QrMatrix
{
    public const int QuietZone = 4;

    private readonly bool[,] dark;

    private QrMatrix(bool[,] dark) => this.dark = dark;

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => dark.GetLength(0);

    public bool IsDark(int x, int y) => dark[y, x];

    public static QrMatrix Encode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var symbol = 17 + (4 * data.Version);
        // QRCoder pads the symbol with its own quiet zone; re-centre so the margin is ours whatever it chose.
        var offset = (rows.Count - symbol) / 2;
        var size = symbol + (2 * QuietZone);
        var dark = new bool[size, size];
        for (var y = 0; y < symbol; y++)
        {
            for (var x = 0; x < symbol; x++)
                dark[y + QuietZone, x + QuietZone] = rows[y + offset][x + offset];
        }

        return new QrMatrix(dark);
    }
}

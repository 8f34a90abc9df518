using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.Tests.Posters;

/// <summary>Small checks on PDF bytes, plus rasterising through poppler's pdftoppm when it is installed.</summary>
internal static partial class PdfPages
{
    public static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    public static int CountPages(byte[] pdf) => PageObject().Count(Latin1(pdf));

    public static bool PdftoppmAvailable { get; } = FindOnPath("pdftoppm") is not null;

    /// <summary>The first page as PNG at <paramref name="dpi"/>.</summary>
    public static byte[] RasteriseFirstPage(byte[] pdf, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("poster-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "poster.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm")
            {
                ArgumentList = { "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(dir.FullName, "page") },
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {errors}");
            return File.ReadAllBytes(Path.Combine(dir.FullName, "page.png"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    // "/Type /Page" but not "/Type /Pages".
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}

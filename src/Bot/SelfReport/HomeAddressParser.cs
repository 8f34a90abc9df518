using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// Reads building / unit / room from what residents actually type: "5号楼2单元301", "5幢2单元301室",
/// "5栋201", "A座1502", "5号楼301", "5-2-301", "5 2 301", "5-301". Labelled forms may be preceded by
/// the community name ("阳光花园5号楼2单元301"). Building and unit may be Chinese numerals
/// ("五号楼") and are stored as digits; letters are stored upper case. A room number (3–5 digits)
/// is required.
/// </summary>
public static partial class HomeAddressParser
{
    private const int MaxInputLength = 60;

    public static bool TryParse(string? text, [NotNullWhen(true)] out HomeAddress? address)
    {
        address = null;
        var cleaned = TextInput.Clean(text).ToUpperInvariant();
        if (cleaned.Length == 0 || cleaned.Length > MaxInputLength)
        {
            return false;
        }

        var match = TextInput.SafeMatch(Labelled(), cleaned);
        if (!match.Success)
        {
            match = TextInput.SafeMatch(Unlabelled(), cleaned);
        }

        if (!match.Success)
        {
            return false;
        }

        var building = NumberOrAsIs(match.Groups["b"].Value);
        var unitGroup = match.Groups["u"];
        var unit = unitGroup.Success ? NumberOrAsIs(unitGroup.Value) : null;
        address = new HomeAddress(building, unit, match.Groups["r"].Value);
        return true;
    }

    private static string NumberOrAsIs(string token) =>
        SmallNumber.TryParse(token, out var number) ? number.ToString(CultureInfo.InvariantCulture) : token;

    // The lazy prefix lets a community name come first; the look-behind stops "15号楼" being read as "5号楼".
    [GeneratedRegex(
        @"^.{0,40}?(?<![A-Z0-9])(?<b>[A-Z]{1,2}[0-9]{0,3}|[0-9]{1,4}[A-Z]?|[零一二两三四五六七八九十]{1,3})\s?(?:号楼|號樓|号樓|號楼|栋|棟|幢|座|楼|樓|#|号|號)\s?[-—]?\s?(?:(?<u>[0-9]{1,2}|[A-Z]|[一二两三四五六七八九十]{1,3})\s?(?:单元|單元|门|門|-|—)\s?)?(?<r>[0-9]{3,5})\s?(?:室|房|号|號)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Labelled();

    [GeneratedRegex(
        @"^(?<b>[A-Z]{1,2}[0-9]{0,3}|[0-9]{1,4}[A-Z]?)\s?[-—_/#\s]\s?(?:(?<u>[0-9]{1,2})\s?[-—_/\s]\s?)?(?<r>[0-9]{3,5})\s?(?:室|号)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Unlabelled();
}

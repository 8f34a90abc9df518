using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// Turns the province/city/county/area fields of a published list into a <see cref="RiskAreaEntry"/> by
/// reading the fields together through the division table, since lists put levels in the wrong fields
/// ("北京市 / 房山区 / 阎村镇") and name units that are not divisions ("扬州市 / 经济技术开发区").
/// </summary>
internal sealed class RiskEntryResolver(DivisionIndex index)
{
    private readonly Dictionary<(string Province, string? City, string? County), Location> _locations = [];

    public RiskAreaEntry Resolve(RiskLevel level, string province, string? city, string? county, string? area)
    {
        if (!_locations.TryGetValue((province, city, county), out Location? location))
        {
            location = Locate(province, city, county);
            _locations.Add((province, city, county), location);
        }

        return new RiskAreaEntry(
            level,
            location.Province,
            location.City,
            location.District,
            location.Code,
            CombineArea(location.AreaPrefix, area?.Trim()));
    }

    private Location Locate(string province, string? city, string? county)
    {
        List<string> parts = [];
        foreach (string? part in (string?[])[province, city, county])
        {
            string trimmed = part?.Trim() ?? string.Empty;

            // "上海市 / 上海市 / 松江区": a municipality repeated as its own city.
            if (trimmed.Length > 0 && (parts.Count == 0 || ChineseText.Fold(parts[^1]) != ChineseText.Fold(trimmed)))
            {
                parts.Add(trimmed);
            }
        }

        // Read as many fields as resolve: an unknown county must not cost the city, nor an unknown city the province.
        for (int read = parts.Count; read >= 1; read--)
        {
            NormalizedAddress address = AddressNormalizer.Normalize(string.Concat(parts.Take(read)), index);
            if (address.Status != AddressStatus.Resolved)
            {
                continue;
            }

            int firstUnread = FirstUnreadPart(parts, read, address.Rest);
            string? cityName = address.City;
            if (cityName is null)
            {
                // Only the province was recognised: keep the list's city text as the city rather than as area.
                cityName = string.Empty;
                if (firstUnread == 1 && parts.Count > 1)
                {
                    cityName = parts[1];
                    firstUnread = 2;
                }
            }

            // The list's own spelling reads better in notices than the folded remainder, when they line up.
            string areaPrefix = firstUnread >= 0
                ? string.Concat(parts.Skip(firstUnread))
                : address.Rest + string.Concat(parts.Skip(read));
            return new Location(address.Province!, cityName, address.District, address.Code, areaPrefix);
        }

        // Not even the province is known: keep the text as published, never drop the entry.
        return new Location(province.Trim(), city?.Trim() ?? string.Empty, NullIfEmpty(county?.Trim()), null, string.Empty);
    }

    /// <summary>Index of the first field that the normaliser left wholly unread, or -1 when it stopped inside one.</summary>
    private static int FirstUnreadPart(List<string> parts, int read, string rest)
    {
        string foldedRest = ChineseText.Fold(rest);
        for (int first = read; first >= 0; first--)
        {
            string unread = ChineseText.Fold(string.Concat(parts.Skip(first).Take(read - first)));
            if (unread == foldedRest)
            {
                return first;
            }

            if (unread.Length > foldedRest.Length)
            {
                break;
            }
        }

        return -1;
    }

    private static string? CombineArea(string prefix, string? area)
    {
        if (string.IsNullOrEmpty(area))
        {
            return NullIfEmpty(prefix);
        }

        if (prefix.Length == 0 || ChineseText.Fold(area).StartsWith(ChineseText.Fold(prefix), StringComparison.Ordinal))
        {
            return area;
        }

        return prefix + area;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private sealed record Location(string Province, string City, string? District, string? Code, string AreaPrefix);
}

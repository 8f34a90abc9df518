using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommunityNotices.Divisions;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// Reads the State Council client's risk-level feed (疫情风险等级查询):
/// <c>{"data": {"end_update_time": "2021-08-18 10时", "highlist": [...], "middlelist": [...], "lowlist": [...]}}</c>.
/// </summary>
/// <remarks>
/// Each string of an item's <c>communitys</c> becomes one entry; an item without communities covers its whole
/// division. Items are resolved through the division table rather than by field name, and whatever cannot be
/// resolved is kept as area text under the most specific division that could.
/// </remarks>
public static partial class StateCouncilJsonParser
{
    private static readonly (string Name, RiskLevel Level, bool Required)[] Lists =
    [
        ("highlist", RiskLevel.High, true),
        ("middlelist", RiskLevel.Medium, true),
        ("lowlist", RiskLevel.Low, false),
    ];

    /// <summary>Parses a UTF-8 JSON stream.</summary>
    /// <exception cref="RiskListFormatException">The feed is malformed; the message names the item.</exception>
    public static ParsedRiskList Parse(Stream utf8Json, DivisionIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            throw new RiskListFormatException($"invalid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            return Parse(document, index ?? DivisionIndex.Default);
        }
    }

    /// <summary>Parses JSON text.</summary>
    /// <exception cref="RiskListFormatException">The feed is malformed; the message names the item.</exception>
    public static ParsedRiskList Parse(string json, DivisionIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new RiskListFormatException($"invalid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            return Parse(document, index ?? DivisionIndex.Default);
        }
    }

    private static ParsedRiskList Parse(JsonDocument document, DivisionIndex index)
    {
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("data", out JsonElement data)
            || data.ValueKind != JsonValueKind.Object)
        {
            throw new RiskListFormatException("data: missing, or not an object");
        }

        DateTimeOffset publishedAt = ReadPublishedAt(data);
        var resolver = new RiskEntryResolver(index);
        var entries = new List<RiskAreaEntry>();
        var seen = new HashSet<RiskAreaEntry>();
        foreach ((string name, RiskLevel level, bool required) in Lists)
        {
            if (!data.TryGetProperty(name, out JsonElement list) || list.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    throw new RiskListFormatException($"{name}: missing");
                }

                continue;
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new RiskListFormatException($"{name}: expected an array, found {list.ValueKind}");
            }

            int position = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                foreach (RiskAreaEntry entry in ReadItem(item, $"{name}[{position}]", level, resolver))
                {
                    // Lists occasionally repeat a community; one entry per area is what consumers expect.
                    if (seen.Add(entry))
                    {
                        entries.Add(entry);
                    }
                }

                position++;
            }
        }

        return new ParsedRiskList(publishedAt, entries);
    }

    private static IEnumerable<RiskAreaEntry> ReadItem(JsonElement item, string location, RiskLevel level, RiskEntryResolver resolver)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new RiskListFormatException($"{location}: expected an object, found {item.ValueKind}");
        }

        string? province = ReadOptionalString(item, "province", location);
        if (string.IsNullOrWhiteSpace(province))
        {
            throw new RiskListFormatException($"{location}: missing province");
        }

        string? city = ReadOptionalString(item, "city", location);
        string? county = ReadOptionalString(item, "county", location);

        var communities = new List<string>();
        if (item.TryGetProperty("communitys", out JsonElement array) && array.ValueKind != JsonValueKind.Null)
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new RiskListFormatException($"{location}.communitys: expected an array, found {array.ValueKind}");
            }

            int position = 0;
            foreach (JsonElement community in array.EnumerateArray())
            {
                if (community.ValueKind != JsonValueKind.String)
                {
                    throw new RiskListFormatException($"{location}.communitys[{position}]: expected a string, found {community.ValueKind}");
                }

                if (community.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
                {
                    communities.Add(text);
                }

                position++;
            }
        }

        if (communities.Count == 0)
        {
            return [resolver.Resolve(level, province, city, county, area: null)];
        }

        return communities.Select(community => resolver.Resolve(level, province, city, county, community)).ToList();
    }

    private static string? ReadOptionalString(JsonElement item, string property, string location)
    {
        if (!item.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new RiskListFormatException($"{location}.{property}: expected a string, found {value.ValueKind}");
    }

    private static DateTimeOffset ReadPublishedAt(JsonElement data)
    {
        string? text = data.TryGetProperty("end_update_time", out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RiskListFormatException("data.end_update_time: missing");
        }

        Match match = UpdateTimePattern().Match(text);
        if (match.Success
            && DateOnly.TryParseExact(
                $"{match.Groups["year"].Value}-{match.Groups["month"].Value.PadLeft(2, '0')}-{match.Groups["day"].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out DateOnly date))
        {
            int hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            int minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour < 24 && minute < 60)
            {
                return new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), ParsedRiskList.ChinaOffset);
            }
        }

        throw new RiskListFormatException($"data.end_update_time: '{text}' is not a time like '2021-08-18 10时'");
    }

    // "2021-08-18 10时", "2021-08-18 0时", "2021-08-18 08时"; "2021-08-18 10:00" is accepted as well.
    [GeneratedRegex(@"^\s*(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})\s*(?<hour>[0-9]{1,2})(?:\s*时|:(?<minute>[0-9]{2})(?::[0-9]{2})?)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UpdateTimePattern();
}

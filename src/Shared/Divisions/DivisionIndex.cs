using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace CommunityNotices.Divisions;

/// <summary>
/// The statistical division table (provinces, cities, counties), searchable by code and by name.
/// Immutable once loaded and safe to share between threads.
/// </summary>
/// <remarks>
/// Name lookups cover official names and short names ("顺义", "内蒙古", "德宏"). Placeholder levels (市辖区, 县,
/// 省直辖县级行政区划) and development zones (xx71–xx79) are reachable by code only: their names are not how
/// residents or published lists refer to places. Township-level rows (9-digit codes, present for cities
/// without counties such as 东莞市) are not loaded.
/// </remarks>
public sealed class DivisionIndex
{
    private const string ResourceName = "CommunityNotices.Divisions.pca-code-2022.json";

    private static readonly Lazy<DivisionIndex> DefaultIndex = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Colloquial names that no suffix rule produces.
    private static readonly (string Alias, string Code)[] Aliases = [("内蒙", "15")];

    private readonly Dictionary<string, Division> _byCode;
    private readonly Dictionary<string, NameVariant[]> _byName;
    private readonly Dictionary<string, NameVariant[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;

    private DivisionIndex(List<Division> provinces, Dictionary<string, Division> byCode)
    {
        Provinces = provinces.AsReadOnly();
        _byCode = byCode;

        var byName = new Dictionary<string, List<NameVariant>>(StringComparer.Ordinal);
        foreach (Division division in byCode.Values)
        {
            if (division.IsPseudoLevel || division.IsDevelopmentZone)
            {
                continue;
            }

            AddName(byName, division.Name, new NameVariant(division, IsShort: false));
            if (division.ShortName is { } shortName)
            {
                AddName(byName, shortName, new NameVariant(division, IsShort: true));
            }
        }

        foreach ((string alias, string code) in Aliases)
        {
            if (byCode.TryGetValue(code, out Division? division))
            {
                AddName(byName, alias, new NameVariant(division, IsShort: true));
            }
        }

        _byName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameLength = _byName.Keys.Max(k => k.Length);
    }

    /// <summary>The table embedded in this assembly (2022 edition), loaded on first use.</summary>
    public static DivisionIndex Default => DefaultIndex.Value;

    /// <summary>Provinces in table order; walk <see cref="Division.Children"/> for the rest.</summary>
    public IReadOnlyList<Division> Provinces { get; }

    /// <summary>Number of divisions loaded, placeholders included.</summary>
    public int Count => _byCode.Count;

    internal int MaxNameLength { get; }

    /// <summary>
    /// Reads a table in the nested <c>[{"code", "name", "children": [...]}]</c> format.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is not such a table.</exception>
    public static DivisionIndex Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8Json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("Division table: the root must be an array of provinces.");
            }

            var provinces = new List<Division>();
            var byCode = new Dictionary<string, Division>(StringComparer.Ordinal);
            foreach (JsonElement element in document.RootElement.EnumerateArray())
            {
                if (ReadNode(element, parent: null, byCode) is { } province)
                {
                    provinces.Add(province);
                }
            }

            if (provinces.Count == 0)
            {
                throw new InvalidDataException("Division table: no provinces.");
            }

            foreach (Division province in provinces)
            {
                province.Seal();
            }

            return new DivisionIndex(provinces, byCode);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Division table: invalid JSON ({ex.Message})", ex);
        }
    }

    /// <summary>Finds a division by its 2-, 4- or 6-digit code.</summary>
    public bool TryGetByCode(string? code, [NotNullWhen(true)] out Division? division)
    {
        division = null;
        return code is not null && _byCode.TryGetValue(code, out division);
    }

    /// <summary>
    /// All divisions whose official or short name is <paramref name="name"/> (after folding traditional and
    /// full-width characters), most senior level first; empty when there is none.
    /// </summary>
    public IReadOnlyList<Division> FindByName(string? name)
    {
        string folded = ChineseText.Fold(name);
        if (folded.Length == 0 || !_byName.TryGetValue(folded, out NameVariant[]? variants))
        {
            return [];
        }

        return variants.Select(v => v.Division).Distinct().OrderBy(d => d.Code.Length).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    internal ReadOnlySpan<NameVariant> LookupName(ReadOnlySpan<char> name) =>
        _byNameSpan.TryGetValue(name, out NameVariant[]? variants) ? variants : [];

    private static void AddName(Dictionary<string, List<NameVariant>> byName, string name, NameVariant variant)
    {
        if (!byName.TryGetValue(name, out List<NameVariant>? list))
        {
            list = [];
            byName.Add(name, list);
        }

        if (!list.Exists(v => v.Division == variant.Division))
        {
            list.Add(variant);
        }
    }

    private static Division? ReadNode(JsonElement element, Division? parent, Dictionary<string, Division> byCode)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("code", out JsonElement codeElement) || codeElement.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("name", out JsonElement nameElement) || nameElement.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"Division table: every node needs string 'code' and 'name' (under {parent?.ToString() ?? "the root"}).");
        }

        string code = codeElement.GetString()!;
        string name = nameElement.GetString()!.Trim();
        if (code.Length == 9 && parent is not null)
        {
            return null;
        }

        DivisionLevel? level = code.Length switch
        {
            2 => DivisionLevel.Province,
            4 => DivisionLevel.City,
            6 => DivisionLevel.District,
            _ => null,
        };
        bool nested = parent is null ? level == DivisionLevel.Province : level > parent.Level && code.StartsWith(parent.Code, StringComparison.Ordinal);
        if (level is null || !nested || name.Length == 0 || !code.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"Division table: unexpected node {code} '{name}' under {parent?.ToString() ?? "the root"}.");
        }

        var division = new Division(code, name, level.Value, parent);
        if (!byCode.TryAdd(code, division))
        {
            throw new InvalidDataException($"Division table: duplicate code {code}.");
        }

        parent?.AddChild(division);
        if (element.TryGetProperty("children", out JsonElement children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement child in children.EnumerateArray())
            {
                ReadNode(child, division, byCode);
            }
        }

        return division;
    }

    private static DivisionIndex LoadEmbedded()
    {
        using Stream stream = typeof(DivisionIndex).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the assembly.");
        return Load(stream);
    }
}

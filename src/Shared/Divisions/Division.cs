namespace CommunityNotices.Divisions;

/// <summary>One unit of the statistical division table (province, city or county level).</summary>
public sealed class Division
{
    private static readonly HashSet<string> PseudoCityNames =
        ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    private readonly List<Division> _children = [];

    internal Division(string code, string name, DivisionLevel level, Division? parent)
    {
        Code = code;
        Name = name;
        Level = level;
        Parent = parent;
        ShortName = DivisionNames.ShortName(name, level);
        IsPseudoLevel = level == DivisionLevel.City && PseudoCityNames.Contains(name);

        // xx71–xx79 units are development zones and the like: statistical, not administrative.
        IsDevelopmentZone = level == DivisionLevel.District && code[4] == '7';
    }

    /// <summary>Statistical division code: 2, 4 or 6 digits.</summary>
    public string Code { get; }

    /// <summary>Official name, e.g. "顺义区".</summary>
    public string Name { get; }

    /// <summary>Name without its administrative suffix ("顺义", "广西", "德宏"), or <see langword="null"/> when stripping would leave less than two characters.</summary>
    public string? ShortName { get; }

    /// <summary>Level implied by the code length.</summary>
    public DivisionLevel Level { get; }

    /// <summary>Enclosing division; <see langword="null"/> for provinces.</summary>
    public Division? Parent { get; }

    /// <summary>Divisions one level down, in table order.</summary>
    public IReadOnlyList<Division> Children { get; private set; } = [];

    /// <summary>
    /// A city-level placeholder rather than a real city: 市辖区 and 县 under municipalities, 省直辖县级行政区划 and
    /// 自治区直辖县级行政区划 for county-level units that report directly to the province. Never matched by name.
    /// </summary>
    public bool IsPseudoLevel { get; }

    /// <summary>A county-level statistical unit with code xx71–xx79 (development zone, new area); never matched by name.</summary>
    public bool IsDevelopmentZone { get; }

    /// <summary>北京, 天津, 上海 and 重庆: provinces whose city level is only a placeholder.</summary>
    public bool IsMunicipality { get; private set; }

    /// <summary>Whether <paramref name="other"/> lies inside this division (strictly).</summary>
    public bool Contains(Division other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Code.Length > Code.Length && other.Code.StartsWith(Code, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Name}";

    internal Division ProvinceDivision => Parent is null ? this : Parent.ProvinceDivision;

    internal void AddChild(Division child) => _children.Add(child);

    /// <summary>Freezes this division and those below it, once the table is complete.</summary>
    internal void Seal()
    {
        Children = _children.AsReadOnly();
        IsMunicipality = Level == DivisionLevel.Province && _children.Count > 0 && _children.TrueForAll(c => c.IsPseudoLevel);
        foreach (Division child in _children)
        {
            child.Seal();
        }
    }

    /// <summary>Province name as presented.</summary>
    internal string PresentedProvince => ProvinceDivision.Name;

    /// <summary>
    /// City name as presented: the municipality's own name for its districts, the county-level unit's own
    /// name when it reports directly to a province, and <see langword="null"/> for a non-municipal province.
    /// </summary>
    internal string? PresentedCity => Level switch
    {
        DivisionLevel.Province => IsMunicipality ? Name : null,
        DivisionLevel.City => Name,
        _ => Parent switch
        {
            null => null,
            { IsPseudoLevel: false } city => city.Name,
            { Parent.IsMunicipality: true } pseudo => pseudo.Parent!.Name,
            _ => Name,
        },
    };

    internal string? PresentedDistrict => Level == DivisionLevel.District ? Name : null;
}

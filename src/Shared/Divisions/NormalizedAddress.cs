namespace CommunityNotices.Divisions;

/// <summary>
/// Free address text split into official division names and the remaining local part.
/// </summary>
/// <remarks>
/// <see cref="City"/> follows one convention everywhere: for a municipality (北京, 天津, 上海, 重庆) it is the
/// municipality's own name, so "北京顺义" gives 北京市 / 北京市 / 顺义区; for a county-level unit that reports
/// directly to its province (济源市, 仙桃市) it is the unit's own name; it is <see langword="null"/> when only a
/// non-municipal province was read. <see cref="Code"/> is the code of the most specific division read (never a
/// placeholder level such as 市辖区).
/// </remarks>
public sealed class NormalizedAddress
{
    /// <summary>Creates an address; normally obtained from <see cref="AddressNormalizer.Normalize(string?)"/>.</summary>
    public NormalizedAddress(
        AddressStatus status,
        string? province,
        string? city,
        string? district,
        string? code,
        string rest,
        IReadOnlyList<NormalizedAddress>? candidates = null)
    {
        Status = status;
        Province = province;
        City = city;
        District = district;
        Code = code;
        Rest = rest ?? string.Empty;
        Candidates = candidates ?? [];
    }

    /// <summary>Whether the text named exactly one division, several, or none.</summary>
    public AddressStatus Status { get; }

    /// <summary>Official province name, e.g. "河南省".</summary>
    public string? Province { get; }

    /// <summary>Official city name; see the remarks for municipalities.</summary>
    public string? City { get; }

    /// <summary>Official county-level name, e.g. "二七区".</summary>
    public string? District { get; }

    /// <summary>Code of the most specific division read: 2, 4 or 6 digits.</summary>
    public string? Code { get; }

    /// <summary>The text after the division names, folded to simplified half-width form and trimmed ("五里堡街道").</summary>
    public string Rest { get; }

    /// <summary>When <see cref="Status"/> is <see cref="AddressStatus.Ambiguous"/>, one resolved address per possible division.</summary>
    public IReadOnlyList<NormalizedAddress> Candidates { get; }

    /// <summary>The division part as one would write it, without repeating a municipality: "北京市顺义区".</summary>
    public string DivisionName => JoinDivisionName(Province, City, District);

    /// <inheritdoc/>
    public override string ToString() => Status switch
    {
        AddressStatus.Resolved => $"{DivisionName} [{Code}] {Rest}".TrimEnd(),
        AddressStatus.Ambiguous => $"ambiguous: {string.Join(" | ", Candidates.Select(c => $"{c.DivisionName} [{c.Code}]"))} {Rest}".TrimEnd(),
        _ => $"unknown: {Rest}",
    };

    internal static string JoinDivisionName(string? province, string? city, string? district)
    {
        string cityPart = city is null || city == province || city == district ? string.Empty : city;
        return string.Concat(province, cityPart, district);
    }

    internal static NormalizedAddress Unknown(string rest) =>
        new(AddressStatus.Unknown, null, null, null, null, rest);

    internal static NormalizedAddress Resolved(Division division, string rest) =>
        new(AddressStatus.Resolved, division.PresentedProvince, division.PresentedCity, division.PresentedDistrict, division.Code, rest);
}

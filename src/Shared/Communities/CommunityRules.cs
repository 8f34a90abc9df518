using System.Text.RegularExpressions;

namespace CommunityNotices.Communities;

/// <summary>Validation rules for a community's fields, shared by the API and the admin pages.</summary>
public static partial class CommunityRules
{
    public const int NameMaxLength = 100;
    public const int CodeMaxLength = 40;
    public const int DistrictMaxLength = 100;
    public const int HotlineMaxLength = 40;

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[0-9+\-() ]{3,40}$")]
    private static partial Regex HotlinePattern();

    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "name is required."
        : name.Length > NameMaxLength ? $"name must be at most {NameMaxLength} characters."
        : null;

    public static string? CheckCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "code is required."
        : !CodePattern().IsMatch(code) ? "code must be 1-40 lowercase letters, digits or '-', not starting or ending with '-' (it is used in chat links)."
        : null;

    public static string? CheckDistrict(string? district) =>
        district is { Length: > DistrictMaxLength } ? $"district must be at most {DistrictMaxLength} characters." : null;

    public static string? CheckHotline(string? hotline) =>
        string.IsNullOrWhiteSpace(hotline) ? "hotline is required (residents are told to call it)."
        : !HotlinePattern().IsMatch(hotline) ? "hotline must be a phone number (digits, spaces, '+', '-', parentheses)."
        : null;
}

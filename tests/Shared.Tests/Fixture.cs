using System.Text.Json;

namespace CommunityNotices.Shared.Tests;

/// <summary>The real risk-list snapshots copied next to the tests.</summary>
internal static class Fixture
{
    public const string TenHours = "kaikeping_2021-08-18_10h.json";
    public const string NineteenHours = "kaikeping_2021-08-18_19h.json";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static Stream Open(string name) => File.OpenRead(PathOf(name));

    /// <summary>The file's items as plain tuples, read without any of the library's code.</summary>
    public static List<RawCommunity> RawCommunities(string name)
    {
        using JsonDocument document = JsonDocument.Parse(Text(name));
        JsonElement data = document.RootElement.GetProperty("data");
        var result = new List<RawCommunity>();
        foreach ((string list, string level) in new[] { ("highlist", "high"), ("middlelist", "medium") })
        {
            foreach (JsonElement item in data.GetProperty(list).EnumerateArray())
            {
                foreach (JsonElement community in item.GetProperty("communitys").EnumerateArray())
                {
                    result.Add(new RawCommunity(
                        level,
                        item.GetProperty("province").GetString()!,
                        item.GetProperty("city").GetString()!,
                        item.GetProperty("county").GetString()!,
                        community.GetString()!));
                }
            }
        }

        return result;
    }

    public static int Count(string name, string property)
    {
        using JsonDocument document = JsonDocument.Parse(Text(name));
        return document.RootElement.GetProperty("data").GetProperty(property).GetInt32();
    }
}

internal sealed record RawCommunity(string Level, string Province, string City, string County, string Community)
{
    /// <summary>The fields written out as one would read them, a municipality not repeated as its own city.</summary>
    public string Written => Province + (City == Province ? string.Empty : City) + County + Community;
}

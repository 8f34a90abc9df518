using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityNotices.RiskAreas;

namespace CommunityNotices.Shared.Tests.RiskAreas;

public sealed class ParsedRiskListTests
{
    [Fact]
    public void ContentHash_IsSame_WhenSameFileParsedTwice()
    {
        string first = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)).ContentHash;
        string second = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)).ContentHash;

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void ContentHash_IsSame_WhenJsonReformattedAndItemsReordered()
    {
        JsonNode root = JsonNode.Parse(Fixture.Text(Fixture.TenHours))!;
        JsonArray middle = root["data"]!["middlelist"]!.AsArray();
        JsonNode[] reversed = middle.Select(n => n!.DeepClone()).Reverse().ToArray();
        middle.Clear();
        foreach (JsonNode item in reversed)
        {
            JsonArray communities = item["communitys"]!.AsArray();
            JsonNode[] padded = communities.Select(c => (JsonNode)JsonValue.Create("  " + c!.GetValue<string>() + " ")).Reverse().ToArray();
            communities.Clear();
            foreach (JsonNode community in padded)
            {
                communities.Add(community);
            }

            middle.Add(item);
        }

        string reformatted = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        Assert.Equal(
            StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)).ContentHash,
            StateCouncilJsonParser.Parse(reformatted).ContentHash);
    }

    [Fact]
    public void ContentHash_IsSame_WhenEntriesReorderedOrRepeated()
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours));

        var shuffled = new ParsedRiskList(list.PublishedAt, list.Entries.Reverse().Concat(list.Entries.Take(3)));

        Assert.Equal(list.ContentHash, shuffled.ContentHash);
    }

    [Fact]
    public void ContentHash_Differs_WhenTimeOrContentDiffers()
    {
        ParsedRiskList list = StateCouncilJsonParser.Parse(Fixture.Text(Fixture.NineteenHours));

        var later = new ParsedRiskList(list.PublishedAt.AddHours(1), list.Entries);
        var fewer = new ParsedRiskList(list.PublishedAt, list.Entries.Skip(1));
        var otherLevel = new ParsedRiskList(list.PublishedAt, list.Entries.Select((e, i) => i == 0 ? e with { Level = RiskLevel.Low } : e));

        Assert.Equal(4, new[] { list, later, fewer, otherLevel }.Select(l => l.ContentHash).Distinct().Count());
        Assert.NotEqual(list.ContentHash, StateCouncilJsonParser.Parse(Fixture.Text(Fixture.TenHours)).ContentHash);
    }

    [Fact]
    public void PublishedAt_IsInChinaTime_WhenGivenAnotherOffset()
    {
        var list = new ParsedRiskList(new DateTimeOffset(2021, 8, 18, 11, 0, 0, TimeSpan.Zero), []);

        Assert.Equal(TimeSpan.FromHours(8), list.PublishedAt.Offset);
        Assert.Equal(19, list.PublishedAt.Hour);
        Assert.Equal(new ParsedRiskList(new DateTimeOffset(2021, 8, 18, 19, 0, 0, TimeSpan.FromHours(8)), []).ContentHash, list.ContentHash);
    }
}

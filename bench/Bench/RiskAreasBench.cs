using System.Diagnostics;
using System.Text;
using CommunityNotices.Divisions;
using CommunityNotices.Persistence;
using CommunityNotices.RiskAreas;
using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Bench;

/// <summary>
/// Import of a 20,000-entry list (parse + resolve every entry + hash + index + store in SQLite) and 100,000 matches,
/// against a naive linear-scan matcher with the same rules as the in-run baseline.
/// </summary>
internal static class RiskAreasBench
{
    private const int Entries = 20_000;
    private const int Matches = 100_000;
    // The naive matcher scans every entry; a sample keeps the run short and the rate comparable.
    private const int NaiveSample = 2_000;

    public static async Task<int> RunAsync()
    {
        var random = new Random(20211818);
        var districts = DivisionIndex.Default.Provinces
            .SelectMany(p => p.Children).SelectMany(c => c.Children)
            .Where(d => d.Level == DivisionLevel.District && !d.IsPseudoLevel && !d.IsDevelopmentZone)
            .ToList();
        var csv = SyntheticCsv(districts, random, out var areas);
        Console.WriteLine($"risk-areas: {Entries:N0} entries over {districts.Count:N0} districts; {Environment.ProcessorCount} cores");

        // Import: what POST /api/risk-areas/import does, minus HTTP.
        var importTimes = new List<double>();
        ParsedRiskList? parsed = null;
        RiskAreaMatcher? matcher = null;
        for (var run = 0; run < 3; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"cn-bench-{Guid.NewGuid():N}.db");
            await using var db = new SqliteNoticesDb(new DbContextOptionsBuilder<SqliteNoticesDb>().UseSqlite($"Data Source={path}").Options);
            await db.Database.MigrateAsync();
            var watch = Stopwatch.StartNew();
            parsed = RiskCsvParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(csv)), DateTimeOffset.Now);
            matcher = new RiskAreaMatcher(parsed.Entries);
            db.RiskAreaLists.Add(new RiskAreaList(parsed, "bench", DateTimeOffset.Now));
            await db.SaveChangesAsync();
            importTimes.Add(watch.Elapsed.TotalSeconds);
            File.Delete(path);
        }

        var importSeconds = importTimes.Min();
        Console.WriteLine($"import: {parsed!.Entries.Count / importSeconds:N0} entries/s (best of 3: {importSeconds * 1000:N0} ms for {parsed.Entries.Count:N0} entries)");

        // Matches: origins drawn from the list (exact areas, other places in listed districts, unlisted places).
        var origins = Enumerable.Range(0, Matches).Select(i => (i % 3) switch
        {
            0 => areas[random.Next(areas.Count)],
            1 => districts[random.Next(districts.Count)].Parent!.Name + districts[random.Next(districts.Count)].Name + "人民路1号",
            _ => districts[random.Next(districts.Count)].Name + "幸福小区",
        }).Select(AddressNormalizer.Normalize).ToList();
        var naive = new NaiveRiskAreaMatcher(parsed.Entries);

        var indexedRate = Rate(matcher!, origins, origins.Count);
        var naiveRate = Rate(naive, origins, NaiveSample);
        var agree = origins.Take(NaiveSample).Count(o => matcher!.Match(o) == naive.Match(o));
        Console.WriteLine($"match (indexed): {indexedRate:N0} matches/s over {origins.Count:N0}");
        Console.WriteLine($"match (naive linear scan, baseline): {naiveRate:N0} matches/s over {NaiveSample:N0}");
        Console.WriteLine($"ratio indexed/naive: {indexedRate / naiveRate:N1}x; results agree on {agree}/{NaiveSample}");
        return agree == NaiveSample ? 0 : 1;
    }

    private static double Rate(IRiskAreaMatcher matcher, List<NormalizedAddress> origins, int count)
    {
        for (var i = 0; i < Math.Min(count, 500); i++)
        {
            matcher.Match(origins[i]);
        }

        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                matcher.Match(origins[i]);
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return count / best;
    }

    private static string SyntheticCsv(List<Division> districts, Random random, out List<string> areaAddresses)
    {
        string[] suffixes = ["街道", "镇", "社区", "小区", "村"];
        var builder = new StringBuilder("level,province,city,district,area\n");
        areaAddresses = [];
        for (var i = 0; i < Entries; i++)
        {
            var district = districts[random.Next(districts.Count)];
            var city = district.Parent!;
            var province = city.IsPseudoLevel || city.Parent is null ? city.Parent ?? city : city.Parent;
            var area = $"第{i}{suffixes[i % suffixes.Length]}";
            var level = (i % 4) switch { 0 => "high", 3 => "low", _ => "medium" };
            builder.Append(level).Append(',').Append(province.Name).Append(',').Append(city.IsPseudoLevel ? province.Name : city.Name)
                .Append(',').Append(district.Name).Append(',').Append(area).Append('\n');
            areaAddresses.Add(province.Name + (city.IsPseudoLevel ? "" : city.Name) + district.Name + area);
        }

        return builder.ToString();
    }
}

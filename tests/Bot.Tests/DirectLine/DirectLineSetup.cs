using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CommunityNotices.Bot.Tests.DirectLine;

internal static class DirectLineSetup
{
    /// <summary>A community with the 2021-08-18 19h risk list in force (扬州市邗江区甘泉街道 is medium risk in it).</summary>
    public static async Task<string> CommunityWithRiskListAsync(HttpClient admin, string code, CancellationToken ct)
    {
        var community = await (await admin.PostAsJsonAsync("/api/communities", new { name = "幸福里社区", code, district = "北京市朝阳区", hotline = "010-66668888" }, ct))
            .Content.ReadFromJsonAsync<JsonObject>(ct);
        using var list = new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kaikeping_2021-08-18_19h.json")), Encoding.UTF8, "application/json");
        var imported = await admin.PostAsync("/api/risk-areas/import", list, ct);
        if (imported.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"risk list import: {(int)imported.StatusCode}");
        }

        return (string)community!["id"]!;
    }
}

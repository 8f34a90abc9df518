using CommunityNotices.RiskAreas;

namespace CommunityNotices.Bot.RiskAreas;

/// <summary>Picks the parser from the Content-Type of an uploaded list.</summary>
public static class RiskListFormat
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";

    public static bool IsSupported(string? contentType) => Parse(contentType) is Json or Csv;

    /// <summary>Parses the whole upload before anything is stored, so a bad file changes nothing.</summary>
    /// <exception cref="RiskListFormatException">The content is not a valid list; the message names the line or item.</exception>
    public static ParsedRiskList Read(Stream content, string? contentType, DateTimeOffset csvPublishedAt) =>
        Parse(contentType) switch
        {
            Json => StateCouncilJsonParser.Parse(content),
            Csv => RiskCsvParser.Parse(content, csvPublishedAt),
            _ => throw new RiskListFormatException($"Unsupported content type '{contentType}': send {Json} or {Csv}."),
        };

    private static string? Parse(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "application/json" or "text/json" => Json,
            "text/csv" or "application/csv" => Csv,
            _ => null,
        };
}

using System.Text;
using CommunityNotices.Divisions;
using nietras.SeparatedValues;

namespace CommunityNotices.RiskAreas;

/// <summary>
/// Reads a risk list kept as CSV by hand or exported from a local notice: UTF-8 (with or without BOM),
/// RFC 4180 quoting, header <c>level,province,city,district,area</c> (any column order).
/// </summary>
/// <remarks>
/// <c>level</c> is <c>high</c>/<c>medium</c>/<c>low</c>, 高/中/低 or 高风险/中风险/低风险. <c>province</c> is
/// required; an empty <c>area</c> means the whole division. Rows are resolved through the division table like
/// the JSON feed's items. Blank lines are skipped.
/// </remarks>
public static class RiskCsvParser
{
    private static readonly string[] Columns = ["level", "province", "city", "district", "area"];

    /// <summary>Parses a CSV stream published at <paramref name="publishedAt"/>.</summary>
    /// <exception cref="RiskListFormatException">The file is malformed; the message starts with the line number ("line 7: unknown level 'x'").</exception>
    public static ParsedRiskList Parse(Stream stream, DateTimeOffset publishedAt, DivisionIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var resolver = new RiskEntryResolver(index ?? DivisionIndex.Default);
        var entries = new List<RiskAreaEntry>();
        var seen = new HashSet<RiskAreaEntry>();

        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        try
        {
            // Quotes are parsed by Sep (separators and line breaks inside them) but unescaped here, so that
            // a malformed quote is reported rather than silently kept.
            using SepReader reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false }).From(text);
            int[] positions = ReadHeader(reader);
            foreach (SepReader.Row row in reader)
            {
                int line = row.LineNumberFrom;
                if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
                {
                    continue;
                }

                if (row.ColCount != Columns.Length)
                {
                    throw new RiskListFormatException($"line {line}: expected {Columns.Length} fields, found {row.ColCount}");
                }

                string levelText = Field(row, positions[0], line);
                RiskLevel level = ParseLevel(levelText)
                    ?? throw new RiskListFormatException($"line {line}: unknown level '{levelText}'");
                string province = Field(row, positions[1], line);
                if (province.Length == 0)
                {
                    throw new RiskListFormatException($"line {line}: missing province");
                }

                RiskAreaEntry entry = resolver.Resolve(
                    level,
                    province,
                    NullIfEmpty(Field(row, positions[2], line)),
                    NullIfEmpty(Field(row, positions[3], line)),
                    NullIfEmpty(Field(row, positions[4], line)));
                if (seen.Add(entry))
                {
                    entries.Add(entry);
                }
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new RiskListFormatException("the file is not valid UTF-8", ex);
        }

        return new ParsedRiskList(publishedAt, entries);
    }

    private static int[] ReadHeader(SepReader reader)
    {
        if (!reader.MoveNext())
        {
            throw new RiskListFormatException("line 1: missing header 'level,province,city,district,area'");
        }

        // The header is the first line by definition (Sep numbers the header row oddly when HasHeader is off).
        SepReader.Row header = reader.Current;
        const int line = 1;
        var names = new List<string>();
        for (int i = 0; i < header.ColCount; i++)
        {
            names.Add(Field(header, i, line).ToLowerInvariant());
        }

        int[] positions = new int[Columns.Length];
        for (int c = 0; c < Columns.Length; c++)
        {
            positions[c] = names.IndexOf(Columns[c]);
            if (positions[c] < 0)
            {
                throw new RiskListFormatException($"line {line}: missing column '{Columns[c]}' (header must be 'level,province,city,district,area')");
            }
        }

        if (names.Count != Columns.Length)
        {
            throw new RiskListFormatException($"line {line}: unexpected columns; header must be 'level,province,city,district,area'");
        }

        return positions;
    }

    private static string Field(SepReader.Row row, int index, int line)
    {
        ReadOnlySpan<char> raw = row[index].Span.Trim();
        if (raw.IsEmpty || raw[0] != '"')
        {
            return raw.Contains('"')
                ? throw new RiskListFormatException($"line {line}: field {index + 1} has a quote but is not quoted")
                : raw.ToString();
        }

        if (raw.Length < 2 || raw[^1] != '"')
        {
            throw new RiskListFormatException($"line {line}: field {index + 1} has an unterminated quote");
        }

        ReadOnlySpan<char> inner = raw[1..^1];
        var builder = new StringBuilder(inner.Length);
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    throw new RiskListFormatException($"line {line}: field {index + 1} has a stray quote");
                }

                i++;
            }

            builder.Append(inner[i]);
        }

        return builder.ToString().Trim();
    }

    private static RiskLevel? ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "high" or "高" or "高风险" => RiskLevel.High,
        "medium" or "中" or "中风险" => RiskLevel.Medium,
        "low" or "低" or "低风险" => RiskLevel.Low,
        _ => null,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

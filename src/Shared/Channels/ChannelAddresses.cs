using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityNotices.Channels.Internal;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels;

/// <summary>
/// Checks, canonicalises, redacts and identifies the address JSON a secretary pastes for a group.
/// </summary>
/// <remarks>
/// Shapes: WeCom <c>{"webhookUrl"}</c>; DingTalk and Feishu <c>{"webhookUrl","secret"}</c>; Webhook <c>{"url","secret"}</c>.
/// </remarks>
public static class ChannelAddresses
{
    private const string Masked = "••••";
    private const int MinLengthToShowEnds = 24;

    private static readonly IReadOnlyList<string> WeComHosts = ["qyapi.weixin.qq.com"];
    private static readonly IReadOnlyList<string> DingTalkHosts = ["oapi.dingtalk.com"];
    private static readonly IReadOnlyList<string> FeishuHosts = ["open.feishu.cn", "open.larksuite.com"];

    /// <summary>The vendor's own hosts, always allowed; generic webhooks have none.</summary>
    public static IReadOnlyList<string> DefaultAllowedHosts(ChannelKind kind) => kind switch
    {
        ChannelKind.WeCom => WeComHosts,
        ChannelKind.DingTalk => DingTalkHosts,
        ChannelKind.Feishu => FeishuHosts,
        _ => [],
    };

    /// <summary>Every problem with an address, or an empty list when it may be stored.</summary>
    /// <param name="allowedHosts">
    /// Hosts allowed on top of <see cref="DefaultAllowedHosts"/>: exact names or <c>*.example.org</c> patterns.
    /// Loopback hosts (for development) are allowed only when listed here; they alone may use plain http.
    /// </param>
    public static IReadOnlyList<ChannelAddressError> Validate(ChannelKind kind, string json, IReadOnlyCollection<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, AddressParser.DocumentOptions);
        }
        catch (JsonException)
        {
            return [new ChannelAddressError("$", "is not valid JSON")];
        }

        using (document)
        {
            return Validate(kind, document.RootElement, allowedHosts);
        }
    }

    /// <inheritdoc cref="Validate(ChannelKind, string, IReadOnlyCollection{string})"/>
    public static IReadOnlyList<ChannelAddressError> Validate(ChannelKind kind, JsonElement address, IReadOnlyCollection<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        AddressParser.TryParse(kind, address, out var parsed, out var structural, rejectUnknownFields: true);
        var errors = new List<ChannelAddressError>(structural);
        if (parsed is null)
        {
            return errors;
        }

        var field = AddressFields.UrlField(kind);
        var allowed = DefaultAllowedHosts(kind).Concat(allowedHosts).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!HostPatterns.Matches(parsed.Url, allowed))
        {
            errors.Add(new ChannelAddressError(field, allowed.Count switch
            {
                0 => $"host {parsed.Url.IdnHost} is not allowed: no hosts are configured for {kind} addresses",
                1 => $"host must be {allowed[0]}",
                _ => $"host must be one of {string.Join(", ", allowed)}",
            }));
        }

        if (parsed.Url.Scheme != Uri.UriSchemeHttps && !parsed.Url.IsLoopback)
        {
            errors.Add(new ChannelAddressError(field, "must use https"));
        }

        return errors;
    }

    /// <summary>The canonical JSON to store: trimmed values, canonical field names and URL; unknown fields are dropped.</summary>
    /// <remarks>Checks structure only; call <see cref="Validate(ChannelKind, string, IReadOnlyCollection{string})"/> for host policy.</remarks>
    /// <exception cref="FormatException">The address is structurally invalid.</exception>
    public static string Normalize(ChannelKind kind, string json)
    {
        if (!AddressParser.TryParse(kind, json, out var parsed, out var errors))
        {
            throw Invalid(kind, errors);
        }

        return Write(kind, parsed.Url.AbsoluteUri, parsed.Secret);
    }

    /// <inheritdoc cref="Normalize(ChannelKind, string)"/>
    public static string Normalize(ChannelKind kind, JsonElement address)
    {
        if (!AddressParser.TryParse(kind, address, out var parsed, out var errors))
        {
            throw Invalid(kind, errors);
        }

        return Write(kind, parsed.Url.AbsoluteUri, parsed.Secret);
    }

    /// <summary>
    /// The address as JSON fit for screens and logs: keys and tokens shortened to their first and last four
    /// characters (or hidden entirely when short), secrets replaced by <c>••••</c>. Never throws for bad input.
    /// </summary>
    public static string Redact(ChannelKind kind, string json)
    {
        if (json is null || !AddressParser.TryParse(kind, json, out var parsed, out _))
        {
            return "(invalid address)";
        }

        var url = kind switch
        {
            ChannelKind.WeCom => $"{parsed.SchemeAndServer}/cgi-bin/webhook/send?key={Mask(parsed.Identity)}",
            ChannelKind.DingTalk => $"{parsed.SchemeAndServer}/robot/send?access_token={Mask(parsed.Identity)}",
            ChannelKind.Feishu => $"{parsed.SchemeAndServer}/open-apis/bot/v2/hook/{Mask(parsed.Identity)}",
            _ => RedactGenericUrl(parsed),
        };
        return Write(kind, url, parsed.Secret is null ? null : Masked);
    }

    /// <summary>
    /// The identity rate limits apply to, e.g. <c>wecom:3f2a…</c>: groups that share one robot share one key.
    /// It is a hash, so it can be logged and used as a metrics label without exposing the robot's key.
    /// </summary>
    /// <exception cref="FormatException">The address is structurally invalid.</exception>
    public static string RateKey(ChannelKind kind, string json)
    {
        if (!AddressParser.TryParse(kind, json, out var parsed, out var errors))
        {
            throw Invalid(kind, errors);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(parsed.Identity));
        // 128 bits: collisions between robots are not a practical concern, and the key stays short.
        return kind.ToString().ToLowerInvariant() + ":" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    internal static string Mask(string value) =>
        value.Length >= MinLengthToShowEnds ? string.Concat(value.AsSpan(0, 4), "…", value.AsSpan(value.Length - 4)) : Masked;

    private static string RedactGenericUrl(ParsedAddress parsed)
    {
        // Generic receivers hide tokens in paths (/hooks/T0/B0/XXXX) or queries (?token=): mask every query value
        // and every path segment long enough to be a credential.
        var path = string.Join('/', parsed.Url.AbsolutePath.Split('/').Select(segment => segment.Length >= 16 ? Mask(segment) : segment));
        var builder = new StringBuilder(parsed.SchemeAndServer).Append(path);
        var query = parsed.Url.Query.TrimStart('?');
        if (query.Length > 0)
        {
            var pairs = query.Split('&').Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                return equals < 0 ? pair : pair[..(equals + 1)] + Masked;
            });
            builder.Append('?').AppendJoin('&', pairs);
        }

        return builder.ToString();
    }

    private static string Write(ChannelKind kind, string url, string? secret) =>
        Encoding.UTF8.GetString(JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(AddressFields.UrlField(kind), url);
            if (secret is not null)
            {
                writer.WriteString(AddressFields.Secret, secret);
            }

            writer.WriteEndObject();
        }));

    private static FormatException Invalid(ChannelKind kind, IReadOnlyList<ChannelAddressError> errors) =>
        new($"Invalid {kind} address: {string.Join("; ", errors)}");
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;

using CommunityNotices.Groups;

namespace CommunityNotices.Channels.Internal;

/// <summary>Structural checks shared by validation (at save time) and the channels (at send time).</summary>
/// <remarks>
/// Host policy is not checked here: it depends on configuration the channels do not have. Unknown fields are errors
/// only when validating what a person typed; a stored address with an extra field must still send.
/// </remarks>
internal static partial class AddressParser
{
    public const int MaxUrlLength = 2048;
    public const int MaxSecretLength = 256;

    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // People paste these by hand; forgiving a trailing comma costs nothing.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 8,
    };

    public static bool TryParse(
        ChannelKind kind,
        string json,
        [NotNullWhen(true)] out ParsedAddress? address,
        out IReadOnlyList<ChannelAddressError> errors,
        bool rejectUnknownFields = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException)
        {
            address = null;
            errors = [new ChannelAddressError("$", "is not valid JSON")];
            return false;
        }

        using (document)
        {
            return TryParse(kind, document.RootElement, out address, out errors, rejectUnknownFields);
        }
    }

    public static bool TryParse(
        ChannelKind kind,
        JsonElement root,
        [NotNullWhen(true)] out ParsedAddress? address,
        out IReadOnlyList<ChannelAddressError> errors,
        bool rejectUnknownFields = false)
    {
        var problems = new List<ChannelAddressError>();
        address = Parse(kind, root, problems, rejectUnknownFields);
        errors = problems;
        return address is not null && problems.Count == 0;
    }

    private static ParsedAddress? Parse(ChannelKind kind, JsonElement root, List<ChannelAddressError> errors, bool rejectUnknownFields)
    {
        if (kind is ChannelKind.BotFramework || !Enum.IsDefined(kind))
        {
            errors.Add(new ChannelAddressError("$", $"{kind} groups do not have web-hook addresses"));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ChannelAddressError("$", "must be a JSON object"));
            return null;
        }

        var urlField = AddressFields.UrlField(kind);
        var hasSecret = AddressFields.HasSecret(kind);
        var values = ReadFields(root, urlField, hasSecret, errors, rejectUnknownFields);

        var url = ParseUrl(kind, urlField, values.GetValueOrDefault(urlField), errors, out var identity);
        string? secret = null;
        if (hasSecret)
        {
            secret = ParseSecret(values.GetValueOrDefault(AddressFields.Secret), errors);
        }

        return url is null || identity is null || (hasSecret && secret is null)
            ? null
            : new ParsedAddress(kind, url, secret, identity, url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped));
    }

    private static Dictionary<string, string?> ReadFields(
        JsonElement root,
        string urlField,
        bool hasSecret,
        List<ChannelAddressError> errors,
        bool rejectUnknownFields)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            // Field names are matched loosely because people retype them; the canonical spelling is what gets stored.
            string? field = null;
            if (string.Equals(property.Name, urlField, StringComparison.OrdinalIgnoreCase))
            {
                field = urlField;
            }
            else if (hasSecret && string.Equals(property.Name, AddressFields.Secret, StringComparison.OrdinalIgnoreCase))
            {
                field = AddressFields.Secret;
            }

            if (field is null)
            {
                if (rejectUnknownFields)
                {
                    errors.Add(new ChannelAddressError(property.Name, "is not a field of this address"));
                }

                continue;
            }

            if (values.ContainsKey(field))
            {
                errors.Add(new ChannelAddressError(field, "appears more than once"));
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add(new ChannelAddressError(field, "must be a string"));
                values[field] = null;
                continue;
            }

            values[field] = property.Value.GetString();
        }

        return values;
    }

    private static Uri? ParseUrl(ChannelKind kind, string field, string? raw, List<ChannelAddressError> errors, out string? identity)
    {
        identity = null;
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new ChannelAddressError(field, "is required"));
            return null;
        }

        if (text.Length > MaxUrlLength)
        {
            errors.Add(new ChannelAddressError(field, $"must be at most {MaxUrlLength} characters"));
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            errors.Add(new ChannelAddressError(field, "must be an absolute URL"));
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            errors.Add(new ChannelAddressError(field, "must be an https URL"));
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            errors.Add(new ChannelAddressError(field, "must not contain a user name or password"));
            return null;
        }

        if (uri.Fragment.Length > 0)
        {
            errors.Add(new ChannelAddressError(field, "must not contain a #fragment"));
            return null;
        }

        var origin = uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
        switch (kind)
        {
            case ChannelKind.WeCom:
                return VendorQueryUrl(uri, origin, field, "/cgi-bin/webhook/send", "key", errors, out identity);
            case ChannelKind.DingTalk:
                return VendorQueryUrl(uri, origin, field, "/robot/send", "access_token", errors, out identity);
            case ChannelKind.Feishu:
                var match = FeishuPath().Match(uri.AbsolutePath);
                if (!match.Success)
                {
                    errors.Add(new ChannelAddressError(field, "path must be /open-apis/bot/v2/hook/<token>"));
                    return null;
                }

                identity = match.Groups["token"].Value;
                return new Uri(origin + "/open-apis/bot/v2/hook/" + identity);
            default:
                var canonical = uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
                identity = canonical;
                return new Uri(canonical);
        }
    }

    private static Uri? VendorQueryUrl(
        Uri uri,
        string origin,
        string field,
        string path,
        string parameter,
        List<ChannelAddressError> errors,
        out string? identity)
    {
        identity = null;
        if (!string.Equals(uri.AbsolutePath, path, StringComparison.Ordinal))
        {
            errors.Add(new ChannelAddressError(field, $"path must be {path}"));
            return null;
        }

        var values = QueryValues(uri.Query, parameter);
        if (values.Count != 1 || !VendorToken().IsMatch(values[0]))
        {
            errors.Add(new ChannelAddressError(
                field,
                values.Count > 1 ? $"must carry {parameter}= only once" : $"must carry {parameter}=<the robot's {parameter}>"));
            return null;
        }

        identity = values[0];
        // Only the vendor's own parameter is kept, so the same robot always canonicalises to the same URL.
        return new Uri($"{origin}{path}?{parameter}={identity}");
    }

    private static List<string> QueryValues(string query, string name)
    {
        var found = new List<string>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                found.Add(equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]).Trim());
            }
        }

        return found;
    }

    private static string? ParseSecret(string? raw, List<ChannelAddressError> errors)
    {
        var secret = raw?.Trim();
        if (string.IsNullOrEmpty(secret))
        {
            errors.Add(new ChannelAddressError(AddressFields.Secret, "is required"));
            return null;
        }

        if (secret.Length > MaxSecretLength)
        {
            errors.Add(new ChannelAddressError(AddressFields.Secret, $"must be at most {MaxSecretLength} characters"));
            return null;
        }

        foreach (var c in secret)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                errors.Add(new ChannelAddressError(AddressFields.Secret, "must not contain spaces or control characters"));
                return null;
            }
        }

        return secret;
    }

    // Keys and tokens are UUIDs or hex in practice; anything else is a paste accident and must not reach a URL.
    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex VendorToken();

    [GeneratedRegex("^/open-apis/bot/v2/hook/(?<token>[A-Za-z0-9_-]{1,256})/?$")]
    private static partial Regex FeishuPath();
}

using System.Text.Json;

namespace CommunityNotices.Channels.Internal;

/// <summary>The parts of outcome classification that every vendor shares.</summary>
internal static class ResponseClassifier
{
    private const int MaxReasonLength = 300;

    /// <summary>
    /// Decides from the transport and status alone when the body cannot change the verdict (network trouble,
    /// 408/429/5xx); returns null when the body has to be read.
    /// </summary>
    public static SendOutcome? FromTransport(HttpExchange exchange)
    {
        if (exchange.TransportError is { } error)
        {
            return SendOutcome.Retry(RetryDelays.Transient, error);
        }

        return exchange.StatusCode switch
        {
            429 => SendOutcome.Retry(exchange.RetryAfter ?? RetryDelays.MinuteWindow, Http(exchange)),
            408 or >= 500 => SendOutcome.Retry(exchange.RetryAfter ?? RetryDelays.Transient, Http(exchange)),
            _ => null,
        };
    }

    /// <summary>For a vendor whose answer was not its usual JSON: judge by status code.</summary>
    public static SendOutcome FromUnreadableVendorReply(HttpExchange exchange)
    {
        if (exchange.IsSuccessStatus)
        {
            // Something answered 2xx without the vendor's JSON (a proxy, a captive portal): the message most
            // likely did not reach the group, and a later attempt may get through.
            return SendOutcome.Retry(RetryDelays.Transient, Http(exchange) + " without the vendor's JSON reply");
        }

        return SendOutcome.Failure(Http(exchange));
    }

    /// <summary>Reads a vendor's numeric result code and message, whatever the HTTP status.</summary>
    public static bool TryReadCode(string body, string codeProperty, string messageProperty, out long code, out string message)
    {
        code = 0;
        message = string.Empty;
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(codeProperty, out var codeElement)
                || !TryReadLong(codeElement, out code))
            {
                return false;
            }

            if (root.TryGetProperty(messageProperty, out var messageElement) && messageElement.ValueKind == JsonValueKind.String)
            {
                message = messageElement.GetString() ?? string.Empty;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string Http(HttpExchange exchange)
    {
        var snippet = Snippet(exchange.Body);
        return snippet.Length == 0 ? $"HTTP {exchange.StatusCode}" : $"HTTP {exchange.StatusCode}: {snippet}";
    }

    public static string VendorCode(string label, long code, string message) =>
        message.Length == 0 ? $"{label} {code}" : $"{label} {code}: {Snippet(message)}";

    /// <summary>One line, bounded, so a hostile or chatty endpoint cannot flood the delivery log.</summary>
    public static string Snippet(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxReasonLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxReasonLength), "…");
    }

    private static bool TryReadLong(JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            // Some gateways quote numbers; accepting that costs nothing.
            JsonValueKind.String => long.TryParse(element.GetString(), System.Globalization.CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }
}

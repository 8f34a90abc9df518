using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Bot.WebChat;

/// <summary>The <c>WebChat</c> section: the residents' chat page and its posters.</summary>
public sealed class WebChatOptions : IValidatableObject
{
    public const string Section = "WebChat";

    /// <summary>
    /// The address residents' phones reach this host at (e.g. https://notices.example.gov.cn or http://192.168.1.20:5080);
    /// printed in the posters' QR codes and used for the web chat stream. Unset: taken from each request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query)))
        {
            yield return new ValidationResult(
                $"WebChat:PublicBaseUrl must be an absolute http(s) address without a query, such as https://notices.example.gov.cn (got \"{url}\").",
                [nameof(PublicBaseUrl)]);
        }
    }

    /// <summary>The base address without a trailing slash: the configured one, else the request's own.</summary>
    public string BaseUrl(HttpRequest request) =>
        PublicBaseUrl is { Length: > 0 } url ? url.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
}

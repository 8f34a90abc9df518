namespace CommunityNotices.Channels.Internal;

/// <summary>What came back from one POST: either a response (status, bounded body, Retry-After) or a transport error.</summary>
internal sealed record HttpExchange(int StatusCode, string Body, TimeSpan? RetryAfter, string? TransportError)
{
    public static HttpExchange Broken(string error) => new(0, string.Empty, null, error);

    public bool IsSuccessStatus => StatusCode is >= 200 and <= 299;
}

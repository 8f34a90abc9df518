using CommunityNotices.Groups;

namespace CommunityNotices.Channels.Internal;

/// <summary>A structurally valid address in canonical form.</summary>
/// <param name="Url">The canonical URL to POST to (host lower-cased, only the vendor's own query parameter kept).</param>
/// <param name="Secret">The signing secret, for the kinds that have one.</param>
/// <param name="Identity">What identifies the robot: its key or token, or the whole URL for generic webhooks.</param>
/// <param name="SchemeAndServer">Scheme, host and non-default port, for building redacted forms.</param>
internal sealed record ParsedAddress(ChannelKind Kind, Uri Url, string? Secret, string Identity, string SchemeAndServer);

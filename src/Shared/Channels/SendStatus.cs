namespace CommunityNotices.Channels;

public enum SendStatus
{
    Delivered,
    RetryAfter,
    Failed,
}

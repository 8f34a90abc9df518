namespace CommunityNotices.DirectLine;

/// <summary>
/// One activity of a transcript, in order. <see cref="Index"/> is the Direct Line watermark; the JSON is the activity
/// exactly as clients receive it (id, timestamp and from already assigned by the server).
/// </summary>
public sealed class DirectLineActivity
{
    private DirectLineActivity() { }

    public DirectLineActivity(string conversationId, long index, string activityId, DateTimeOffset timestamp, string json)
    {
        ConversationId = conversationId;
        Index = index;
        ActivityId = activityId;
        Timestamp = timestamp.ToUniversalTime();
        Json = json;
    }

    public string ConversationId { get; private set; } = "";
    public long Index { get; private set; }
    public string ActivityId { get; private set; } = "";
    public DateTimeOffset Timestamp { get; private set; }
    public string Json { get; private set; } = "";
}

namespace CommunityNotices.Bot.Messaging;

/// <summary>An ETag mismatch: someone else wrote the state since it was read (the SDK's "Etag conflict").</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException() { }
    public StorageConflictException(string key) : base($"Etag conflict: the state '{key}' was changed by another writer.") => Key = key;
    public StorageConflictException(string message, Exception inner) : base(message, inner) { }

    public string? Key { get; }
}

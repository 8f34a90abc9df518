namespace CommunityNotices.Testing;

/// <summary>A folder under /tmp that is removed with everything in it.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cn-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held by a pooled connection: /tmp is cleaned by the OS anyway.
        }
    }
}

namespace CommunityNotices.Storage;

/// <summary>Where everything is stored: one embedded file, or a shared PostgreSQL database.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

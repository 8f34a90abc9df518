using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Storage;

/// <summary>The <c>Storage</c> section: which database, and whether this process migrates it.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The embedded database file; relative paths are under the working directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/notices.db";

    /// <summary>PostgreSQL only: migrate at start (under an advisory lock) instead of by the explicit <c>migrate</c> command.</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Copied from <c>ConnectionStrings:Postgres</c> at bind time.</summary>
    public string? PostgresConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult(
                "ConnectionStrings:Postgres is required when Storage:Provider is PostgreSql.", ["ConnectionStrings:Postgres"]);
        }
    }
}

namespace CommunityNotices.Persistence;

/// <summary>SQL scripts shipped inside the assembly (Persistence/Sql/*.sql), for migrations that EF cannot model.</summary>
internal static class EmbeddedSql
{
    public static string Read(string fileName)
    {
        var assembly = typeof(EmbeddedSql).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

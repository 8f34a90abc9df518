namespace CommunityNotices.Persistence;

/// <summary>
/// Quartz's own PostgreSQL schema script (shipped inside Quartz.dll; every statement creates only what is missing),
/// run by our migration so that `migrate` prepares everything a clustered Notifier needs and several Notifiers
/// starting at once never race to create tables. Upgrading Quartz may need its migration scripts: see its release notes.
/// </summary>
internal static class QuartzTables
{
    public const string TablePrefix = "qrtz_";

    private const string Resource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static string CreateScript()
    {
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Quartz.dll no longer ships {Resource}.");
        using var reader = new StreamReader(stream);
        // {0} is the table prefix, {1} the same without a schema qualifier; statements are separated by "--;;" lines.
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return string.Join(";\n", script.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim().TrimEnd(';'))
            .Where(s => s.Split('\n').Any(line => line.Trim() is { Length: > 0 } l && !l.StartsWith("--", StringComparison.Ordinal)))) + ";";
    }
}

using System.ComponentModel.DataAnnotations;
using CommunityNotices.Hosting;
using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The one place that knows which database provider is in use.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure(o => o.PostgresConnectionString = options.PostgresConnectionString)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        switch (options.Provider)
        {
            case StorageProvider.PostgreSql:
                var postgres = new PostgresDatabaseProvider(options.PostgresConnectionString!, options.MigrateOnStart);
                services.AddSingleton<IDatabaseProvider>(postgres);
                services.AddDbContext<NoticesDb, PostgresNoticesDb>(o => o.UseNpgsql(postgres.ConnectionString));
                break;
            default:
                var sqlite = new SqliteDatabaseProvider(options.SqlitePath);
                services.AddSingleton<IDatabaseProvider>(sqlite);
                services.AddDbContext<NoticesDb, SqliteNoticesDb>(o => o.UseSqlite(sqlite.ConnectionString));
                break;
        }

        return services;
    }

    /// <summary>
    /// The provider chosen by <see cref="AddStorage"/>, for registrations that must be configured before the container
    /// exists (Quartz runs its configuration callback immediately).
    /// </summary>
    public static IDatabaseProvider GetDatabaseProvider(this IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(IDatabaseProvider))?.ImplementationInstance as IDatabaseProvider
        ?? throw new InvalidOperationException("AddStorage must be called first.");

    /// <summary>
    /// Read eagerly because the provider decides which services exist; a bad value stops here with the key named.
    /// </summary>
    private static StorageOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        options.PostgresConnectionString = configuration.GetConnectionString("Postgres");
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new ConfigurationException(string.Join(" ", results.Select(r => r.ErrorMessage)));
        }

        return options;
    }
}

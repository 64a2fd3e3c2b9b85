using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Audit;
using QualityMap.Api.Epcis;

namespace QualityMap.Silo.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the journal, grain-state, checkpoint, audit and session-key stores (singletons sharing one
    /// write queue) over the database chosen by the <see cref="StorageOptions.SectionName"/>
    /// section, and migrates the schema at start-up.
    /// </summary>
    public static IServiceCollection AddQualityMapStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => o.IsSqlite || o.IsPostgres, "Storage:Provider must be 'sqlite' or 'postgres'.")
            .Validate(o => !o.IsSqlite || !string.IsNullOrWhiteSpace(o.DataDirectory) || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:DataDirectory or Storage:ConnectionString is required.")
            .Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is required for the postgres provider.")
            .Validate(o => o.RetryAfter > TimeSpan.Zero && o.AnchorInterval > TimeSpan.Zero, "Storage:RetryAfter and Storage:AnchorInterval must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorageDialect>(sp => StorageBundle.CreateDialect(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton(sp => new StorageMigrator(sp.GetRequiredService<IStorageDialect>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new StorageEngine(
            sp.GetRequiredService<IStorageDialect>(), sp.GetRequiredService<StorageMigrator>(), sp.GetRequiredService<ILogger<StorageEngine>>()));
        services.TryAddSingleton<IJournal>(sp => new AdoJournal(sp.GetRequiredService<StorageEngine>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new PrimedGrainStateStore(new AdoGrainStateStore(sp.GetRequiredService<StorageEngine>(), sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton<IGrainStateStore>(sp => sp.GetRequiredService<PrimedGrainStateStore>());
        services.TryAddSingleton(sp => new LegacyReminderStore(sp.GetRequiredService<StorageEngine>()));
        services.TryAddSingleton(sp => new ReminderTableCounter(sp.GetRequiredService<StorageEngine>()));
        services.TryAddSingleton<ICheckpointStore>(sp => new AdoCheckpointStore(sp.GetRequiredService<StorageEngine>()));
        services.TryAddSingleton<ITraceIndex>(sp => new AdoTraceIndex(sp.GetRequiredService<StorageEngine>()));
        services.TryAddSingleton<IAuditJournal>(sp => new AdoAuditJournal(sp.GetRequiredService<StorageEngine>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new AdoSessionKeyRepository(sp.GetRequiredService<StorageEngine>(), sp.GetRequiredService<TimeProvider>(),
            Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "session-keys")));
        services.AddHostedService<StorageMigrationService>();
        return services;
    }
}

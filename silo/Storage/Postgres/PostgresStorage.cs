using Microsoft.Extensions.Logging.Abstractions;

namespace QualityMap.Silo.Storage.Postgres;

/// <summary>Opens PostgreSQL storage without DI (tests, tools). The schema is migrated on first use.</summary>
public static class PostgresStorage
{
    public static StorageBundle Open(string connectionString) => Open(connectionString, TimeProvider.System);

    /// <summary>As <see cref="Open(string)"/>, with the clock that stamps received/updated times.</summary>
    public static StorageBundle Open(string connectionString, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var dialect = new PostgresDialect(connectionString);
        var migrator = new StorageMigrator(dialect, timeProvider);
        var engine = new StorageEngine(dialect, migrator, NullLogger<StorageEngine>.Instance);
        return new StorageBundle(dialect, migrator, engine, timeProvider);
    }
}

using Microsoft.Extensions.Logging.Abstractions;

namespace QualityMap.Silo.Storage;

/// <summary>Opens SQLite storage without DI. The schema is migrated on first use (or call <see cref="StorageMigrator.MigrateAsync"/>).</summary>
public static class SqliteStorage
{
    public static StorageBundle Open(string databasePath) => Open(databasePath, TimeProvider.System);

    /// <summary>As <see cref="Open(string)"/>, with the clock that stamps received/updated times.</summary>
    public static StorageBundle Open(string databasePath, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var dialect = SqliteDialect.ForFile(databasePath);
        var migrator = new StorageMigrator(dialect, timeProvider);
        var engine = new StorageEngine(dialect, migrator, NullLogger<StorageEngine>.Instance);
        return new StorageBundle(dialect, migrator, engine, timeProvider);
    }
}

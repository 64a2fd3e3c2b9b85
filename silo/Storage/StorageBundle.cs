using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QualityMap.Api.Audit;
using QualityMap.Silo.Storage.Postgres;

namespace QualityMap.Silo.Storage;

/// <summary>The stores over one database, for tests and tools that run without DI. Dispose drains pending writes.</summary>
public sealed class StorageBundle : IAsyncDisposable
{
    private readonly StorageEngine _engine;
    private readonly IStorageDialect _dialect;

    internal StorageBundle(IStorageDialect dialect, StorageMigrator migrator, StorageEngine engine, TimeProvider time)
    {
        _dialect = dialect;
        _engine = engine;
        Migrator = migrator;
        Journal = new AdoJournal(engine, time);
        GrainStates = new AdoGrainStateStore(engine, time);
        Checkpoints = new AdoCheckpointStore(engine);
        Audit = new AdoAuditJournal(engine, time);
    }

    /// <summary>The store the options name (provider + connection string or data directory), for tools without DI.</summary>
    public static StorageBundle Open(StorageOptions options, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var dialect = CreateDialect(options);
        var migrator = new StorageMigrator(dialect, time);
        var engine = new StorageEngine(dialect, migrator, NullLogger<StorageEngine>.Instance);
        return new StorageBundle(dialect, migrator, engine, time);
    }

    internal static IStorageDialect CreateDialect(StorageOptions options) =>
        options.IsSqlite ? SqliteDialect.FromOptions(options)
        : options.IsPostgres ? PostgresDialect.FromOptions(options)
        : throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [$"Unsupported storage provider '{options.Provider}'."]);

    public IJournal Journal { get; }

    public IGrainStateStore GrainStates { get; }

    public ICheckpointStore Checkpoints { get; }

    public IAuditJournal Audit { get; }

    public StorageMigrator Migrator { get; }

    /// <summary>Transactions the writer committed; below the number of writes when group commit works.</summary>
    internal long CommittedTransactions => _engine.CommittedTransactions;

    internal StorageEngine Engine => _engine;

    /// <summary>Appends records verbatim (seq, times, hashes), checking that each continues the chain (rebuild).</summary>
    internal Task ImportJournalAsync(IReadOnlyList<JournalRecord> records, CancellationToken ct) =>
        ((AdoJournal)Journal).ImportAsync(records, ct);

    internal IStorageDialect Dialect => _dialect;

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync().ConfigureAwait(false);
        _dialect.Dispose();
    }
}

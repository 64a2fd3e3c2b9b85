namespace QualityMap.Silo.Storage;

/// <summary>The four stores over one database, for tests and tools that run without DI. Dispose drains pending writes.</summary>
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
        Reminders = new AdoReminderStore(engine);
        Checkpoints = new AdoCheckpointStore(engine);
    }

    public IJournal Journal { get; }

    public IGrainStateStore GrainStates { get; }

    public IReminderStore Reminders { get; }

    public ICheckpointStore Checkpoints { get; }

    public StorageMigrator Migrator { get; }

    /// <summary>Transactions the writer committed; below the number of writes when group commit works.</summary>
    internal long CommittedTransactions => _engine.CommittedTransactions;

    internal StorageEngine Engine => _engine;

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync().ConfigureAwait(false);
        _dialect.Dispose();
    }
}

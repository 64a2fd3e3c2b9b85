using System.Data.Common;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Everything that differs between database engines. The stores speak plain ADO.NET
/// (System.Data.Common) and SQL common to SQLite and PostgreSQL (ON CONFLICT upserts, LIMIT,
/// savepoints, @name parameters, TEXT columns); the engine-specific rest — connection set-up,
/// durability settings and column types — lives here and in the dialect's own migration scripts.
/// Implemented by <see cref="SqliteDialect"/> and <see cref="Postgres.PostgresDialect"/>.
/// </summary>
internal interface IStorageDialect : IDisposable
{
    /// <summary>
    /// Migration scripts of this dialect are the embedded resources
    /// <c>QualityMap.Silo.Storage.Migrations.{MigrationPrefix}-NNNN-description.sql</c>.
    /// </summary>
    string MigrationPrefix { get; }

    /// <summary>An open connection for reads; used briefly, concurrently with the writer.</summary>
    Task<DbConnection> OpenReaderAsync(CancellationToken ct);

    /// <summary>An open connection for the single writer and the migrator, with the durability settings applied.</summary>
    Task<DbConnection> OpenWriterAsync(CancellationToken ct);

    /// <summary>
    /// Serialises migrations across processes on <paramref name="connection"/> (the migrator's writer) until
    /// the returned handle is disposed; two services starting at once must not both apply a script.
    /// </summary>
    Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// A statement that, inside a writer's transaction, keeps every other process from appending to the journal until
    /// that transaction ends (PostgreSQL serves several silos); null where the database takes one writer at a time
    /// anyway (SQLite's write lock).
    /// </summary>
    string? LockJournalTailSql { get; }

    /// <summary>
    /// True when <paramref name="error"/> says the database could not be reached or could not write (down,
    /// connection lost, disk full, busy) rather than that the request was wrong: the caller may retry later.
    /// </summary>
    bool IsUnavailable(Exception error);

    /// <summary>Called after a fault <see cref="IsUnavailable"/> recognised: drop pooled connections that may be dead.</summary>
    void OnUnavailable();
}

using System.Data.Common;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Everything that differs between database engines. The stores speak plain ADO.NET
/// (System.Data.Common) and SQL common to SQLite and PostgreSQL (ON CONFLICT upserts, LIMIT,
/// savepoints, @name parameters, TEXT columns); the engine-specific rest — connection set-up,
/// durability settings and column types — lives here and in the dialect's own migration scripts.
/// A PostgreSQL dialect is one more implementation plus <c>postgres-NNNN-*.sql</c> scripts.
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
}

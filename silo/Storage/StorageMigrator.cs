using System.Data.Common;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Brings the schema up to date from the dialect's embedded scripts. Applied versions are
/// recorded in <c>schema_version</c>; each script runs in its own transaction together with its
/// record, so a failed script leaves no trace and running again is a no-op.
/// </summary>
public sealed class StorageMigrator
{
    // Portable SQL, so the bookkeeping table needs no per-dialect script.
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);";

    private readonly IStorageDialect _dialect;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _migrated;

    internal StorageMigrator(IStorageDialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _time = time;
    }

    /// <summary>Applies every script not yet recorded; checks the database again on every call.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await ApplyPendingAsync(ct).ConfigureAwait(false);
            _migrated = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Migrates once per process; the stores call this before their first database access.</summary>
    internal Task EnsureMigratedAsync(CancellationToken ct) => _migrated ? Task.CompletedTask : EnsureSlowAsync(ct);

    private async Task EnsureSlowAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await ApplyPendingAsync(ct).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ApplyPendingAsync(CancellationToken ct)
    {
        var scripts = MigrationScript.Load(_dialect.MigrationPrefix);
        await using var connection = await _dialect.OpenWriterAsync(ct).ConfigureAwait(false);
        await using var migrationLock = await _dialect.LockMigrationsAsync(connection, ct).ConfigureAwait(false);
        await ExecuteAsync(connection, null, CreateVersionTable, ct).ConfigureAwait(false);

        var applied = await ReadAppliedAsync(connection, null, ct).ConfigureAwait(false);
        var newest = scripts.Count == 0 ? 0 : scripts[^1].Version;
        var unknown = applied.Where(v => v > newest).ToList();
        if (unknown.Count > 0)
        {
            // A newer build migrated this database; writing with the old schema's assumptions could corrupt it.
            throw new InvalidOperationException($"Database schema version {unknown.Max()} is newer than this build knows ({newest}).");
        }

        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            // Another process may have applied it since we looked (SQLite: the write transaction has now
            // serialised us behind it; PostgreSQL: the advisory lock already did).
            if (!(await ReadAppliedAsync(connection, transaction, ct).ConfigureAwait(false)).Contains(script.Version))
            {
                await ExecuteAsync(connection, transaction, script.Sql, ct).ConfigureAwait(false);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @appliedAt);";
                record.AddParameter("@version", script.Version);
                record.AddParameter("@name", script.Name);
                record.AddParameter("@appliedAt", StorageTime.ToText(_time.GetUtcNow()));
                await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_version;";
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            versions.Add(checked((int)reader.GetInt64(0)));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}

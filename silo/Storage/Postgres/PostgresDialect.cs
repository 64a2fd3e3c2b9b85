using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace QualityMap.Silo.Storage.Postgres;

/// <summary>
/// PostgreSQL through Npgsql. Readers and the single writer draw from one pooled data source; the writer
/// forces <c>synchronous_commit = on</c> so COMMIT returns only once the WAL is flushed (acknowledged =
/// durable) whatever the server's default. Migrations are serialised across processes by an advisory lock.
/// </summary>
internal sealed class PostgresDialect : IStorageDialect
{
    // Any fixed 64-bit number; it only has to be the same in every process that migrates this database.
    private const long MigrationLockKey = 0x51_4D_61_70_4D_69_67;   // "QMapMig"

    // Another fixed number: every silo's journal append takes it for the rest of its transaction, so two silos never
    // read the same tail and the hash chain keeps one order (a transaction-level lock goes with the commit or rollback).
    private const long JournalLockKey = 0x51_4D_61_70_4A_72_6E;   // "QMapJrn"

    private const string Durability = "SET synchronous_commit TO on;";

    // Thousands of grains activating at once would each take a connection; a bounded pool makes them queue
    // here instead of exhausting the server's max_connections. A "Maximum Pool Size" in the string wins.
    private const int DefaultMaxPoolSize = 20;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public string MigrationPrefix => "postgres";

    public static PostgresDialect FromOptions(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException("Storage:ConnectionString is required for the postgres provider.")
            : new PostgresDialect(options.ConnectionString);
    }

    public async Task<DbConnection> OpenReaderAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    public async Task<DbConnection> OpenWriterAsync(CancellationToken ct)
    {
        var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Durability;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public string? LockJournalTailSql => $"SELECT pg_advisory_xact_lock({JournalLockKey});";

    public async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken ct)
    {
        // Session-level, so it spans the CREATE TABLE of the bookkeeping table and every script's transaction;
        // a second process starting at the same moment waits here and then finds everything applied.
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT pg_advisory_lock(@key);";
            command.AddParameter("@key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return new MigrationLock(connection);
    }

    public bool IsUnavailable(Exception error) => error switch
    {
        // Connection (08), resources such as disk full (53), operator intervention such as a shutdown (57P),
        // system I/O errors (58), serialisation failures (40): the request was fine, the database was not.
        PostgresException postgres => postgres.SqlState[..2] is "08" or "53" or "57" or "58" or "40",
        NpgsqlException => true,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    public void OnUnavailable() => _dataSource.Clear();

    public void Dispose() => _dataSource.Dispose();

    private sealed class MigrationLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_advisory_unlock(@key);";
            command.AddParameter("@key", MigrationLockKey);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}

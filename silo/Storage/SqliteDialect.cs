using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace QualityMap.Silo.Storage;

/// <summary>The embedded default: one SQLite file in WAL mode.</summary>
internal sealed class SqliteDialect : IStorageDialect
{
    public const string DatabaseFileName = "qualitymap.db";

    // Microsoft.Data.Sqlite.Core ships without a native engine binding; the bundle provides it.
    static SqliteDialect() => SQLitePCL.Batteries_V2.Init();

    // Another process (a backup, the sqlite3 shell) may hold the lock for a moment.
    private const string BusyTimeout = "PRAGMA busy_timeout = 5000;";

    // synchronous=FULL fsyncs the WAL at every commit, so an acknowledged write survives power
    // loss, not only a process crash (which is all NORMAL promises in WAL mode).
    private const string Durability = "PRAGMA synchronous = FULL;";

    // WAL lets readers run beside the one writer; the mode is stored in the file.
    private const string WalMode = "PRAGMA journal_mode = WAL;";

    private readonly string _connectionString;

    public SqliteDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
    }

    public string MigrationPrefix => "sqlite";

    /// <summary>A dialect for the database file at <paramref name="databasePath"/>, creating its directory if missing.</summary>
    public static SqliteDialect ForFile(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        };
        return new SqliteDialect(builder.ToString());
    }

    public static SqliteDialect FromOptions(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ForFile(Path.Combine(options.DataDirectory, DatabaseFileName))
            : new SqliteDialect(options.ConnectionString);
    }

    public Task<DbConnection> OpenReaderAsync(CancellationToken ct) =>
        OpenAsync(static (connection, token) => ExecuteAsync(connection, BusyTimeout, token), ct);

    public Task<DbConnection> OpenWriterAsync(CancellationToken ct) =>
        OpenAsync(static async (connection, token) =>
        {
            await ExecuteAsync(connection, BusyTimeout + Durability, token).ConfigureAwait(false);
            await RequireWalAsync(connection, token).ConfigureAwait(false);
        }, ct);

    // SQLite's write lock (busy_timeout) already serialises the migrator's transactions across processes.
    public Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    // Busy or locked (another process), I/O error, disk full, cannot open: the file, not the request, is at fault.
    // One process owns the file (the writer holds SQLite's write lock for the whole batch).
    public string? LockJournalTailSql => null;

    public bool IsUnavailable(Exception error) => error switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is 5 or 6 or 10 or 13 or 14,
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    public void OnUnavailable() => Dispose();

    /// <summary>Closes pooled connections so the database file is released (tests delete it).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static async Task RequireWalAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = WalMode;
        var mode = await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
        // An in-memory or read-only database silently keeps another mode; its durability and
        // reader concurrency would not be what callers are promised.
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL journal mode (got '{mode}'); use a writable database file.");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private async Task<DbConnection> OpenAsync(Func<DbConnection, CancellationToken, Task> setUp, CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await setUp(connection, ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>A SQLite file in its own temporary directory.</summary>
public sealed class SqliteTarget : StorageTarget
{
    private readonly TempDirectory _directory = new();

    public override string Provider => StorageOptions.Sqlite;

    public override StorageOptions Options => new() { Provider = StorageOptions.Sqlite, DataDirectory = _directory.FullName };

    public string DatabasePath => _directory.DatabasePath;

    public static Task<StorageTarget> CreateAsync() => Task.FromResult<StorageTarget>(new SqliteTarget());

    public override Task<object?> ScalarAsync(string sql) => Task.FromResult(RawSqlite.Scalar(DatabasePath, sql));

    // The triggers live in the file's schema; whoever can write the file can drop them.
    public override Task TamperWithJournalAsync(string setClause, long seq) => ExecuteAsync(
        $"DROP TRIGGER journal_no_update; UPDATE journal SET {setClause} WHERE seq = {seq}; " +
        "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;");

    public override ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}

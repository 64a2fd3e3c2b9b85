using Npgsql;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>A fresh schema (on the search path) in a test class's own PostgreSQL database.</summary>
public sealed class PostgresTarget(string connectionString) : StorageTarget
{
    public override string Provider => StorageOptions.Postgres;

    public override StorageOptions Options => new() { Provider = StorageOptions.Postgres, ConnectionString = connectionString };

    public string ConnectionString => connectionString;

    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    // A superuser (the tests' role is one) may switch the append-only trigger off for a moment.
    public override Task TamperWithJournalAsync(string setClause, long seq) => ExecuteAsync(
        "BEGIN; ALTER TABLE journal DISABLE TRIGGER journal_no_update; " +
        $"UPDATE journal SET {setClause} WHERE seq = {seq}; " +
        "ALTER TABLE journal ENABLE TRIGGER journal_no_update; COMMIT;");

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

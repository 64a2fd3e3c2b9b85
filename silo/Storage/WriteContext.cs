using System.Data.Common;

namespace QualityMap.Silo.Storage;

/// <summary>The writer's connection and the batch transaction an operation runs in.</summary>
internal sealed class WriteContext(DbConnection connection, DbTransaction transaction, string? lockJournalTailSql)
{
    /// <summary>
    /// Keeps other processes from appending to the journal until this transaction ends. Taken again by every append of
    /// a batch (PostgreSQL counts a held lock): an append rolled back to its savepoint releases what it took.
    /// </summary>
    public async Task LockJournalTailAsync()
    {
        if (lockJournalTailSql is null) return;
        await using var command = CreateCommand(lockJournalTailSql);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public DbCommand CreateCommand(string sql) => connection.CreateCommand(transaction, sql);

    /// <summary>A batch sent in one round trip, or null when the provider has none (SQLite, which is in-process).</summary>
    public DbBatch? CreateBatch()
    {
        if (!connection.CanCreateBatch) return null;
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        return batch;
    }
}

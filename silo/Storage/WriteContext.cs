using System.Data.Common;

namespace QualityMap.Silo.Storage;

/// <summary>The writer's connection and the batch transaction an operation runs in.</summary>
internal sealed class WriteContext(DbConnection connection, DbTransaction transaction)
{
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

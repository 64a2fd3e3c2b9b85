using System.Data.Common;

namespace QualityMap.Silo.Storage;

/// <summary>The writer's connection and the batch transaction an operation runs in.</summary>
internal sealed class WriteContext(DbConnection connection, DbTransaction transaction)
{
    public DbCommand CreateCommand(string sql) => connection.CreateCommand(transaction, sql);
}

using Microsoft.Data.Sqlite;

namespace QualityMap.Tests.Storage;

/// <summary>Direct access to the database file, to check what the stores do not expose.</summary>
public static class RawSqlite
{
    public static SqliteConnection Open(string databasePath)
    {
        // No pooling, so the file is released when the test's connection is disposed.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

using Microsoft.Data.Sqlite;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Cluster;

/// <summary>How Orleans' ADO.NET providers (reminders, membership) reach the service's database.</summary>
public sealed record OrleansDatabase(string Invariant, string ConnectionString)
{
    // Orleans resolves this invariant to Microsoft.Data.Sqlite's SqliteFactory itself (no DbProviderFactories
    // registration); the name "Microsoft.Data.Sqlite" is not one it knows.
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    /// <summary>
    /// SQLite has one writer: the provider's connections wait for the journal's writer instead of failing with
    /// "database is locked" (Microsoft.Data.Sqlite retries a busy database for the command timeout).
    /// </summary>
    private const int SqliteBusyTimeoutSeconds = 30;

    public static OrleansDatabase For(StorageOptions storage) => storage.IsPostgres
        ? new(PostgresInvariant, storage.ConnectionString!)
        : new(SqliteInvariant, SqliteConnectionString(storage));

    private static string SqliteConnectionString(StorageOptions storage)
    {
        var builder = string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(storage.DataDirectory, SqliteDialect.DatabaseFileName) }
            : new SqliteConnectionStringBuilder(storage.ConnectionString);
        builder.DefaultTimeout = SqliteBusyTimeoutSeconds;
        return builder.ToString();
    }
}

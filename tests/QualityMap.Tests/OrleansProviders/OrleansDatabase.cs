using QualityMap.Tests.Storage;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>How Orleans' ADO.NET providers reach the database a <see cref="StorageTarget"/> names.</summary>
public sealed record OrleansDatabase(string Invariant, string ConnectionString)
{
    // Orleans resolves this invariant to Microsoft.Data.Sqlite's SqliteFactory itself (no DbProviderFactories
    // registration); the name "Microsoft.Data.Sqlite" is not one it knows.
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    public static OrleansDatabase For(StorageTarget target) => target switch
    {
        SqliteTarget sqlite => new(SqliteInvariant, $"Data Source={sqlite.DatabasePath}"),
        PostgresTarget postgres => new(PostgresInvariant, postgres.ConnectionString),
        _ => throw new ArgumentException($"No Orleans invariant for storage provider '{target.Provider}'.", nameof(target)),
    };
}

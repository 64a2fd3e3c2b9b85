namespace QualityMap.Silo.Storage;

/// <summary>Configuration section <see cref="SectionName"/>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Database engine: <see cref="Sqlite"/> (embedded default) or <see cref="Postgres"/> (needs <see cref="ConnectionString"/>).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Where the SQLite file <c>qualitymap.db</c> lives when no connection string is given; created if missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite: overrides <see cref="DataDirectory"/> when set. PostgreSQL: required (Npgsql format).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>What a 503 answered while the database is unavailable tells clients to wait before retrying.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the journal anchor (latest seq + hash) is refreshed and logged.</summary>
    public TimeSpan AnchorInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}

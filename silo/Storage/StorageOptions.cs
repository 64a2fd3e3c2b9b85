namespace QualityMap.Silo.Storage;

/// <summary>Configuration section <see cref="SectionName"/>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Database engine; only "sqlite" for now.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Where the SQLite file <c>qualitymap.db</c> lives when no connection string is given; created if missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Overrides <see cref="DataDirectory"/> when set.</summary>
    public string? ConnectionString { get; set; }
}

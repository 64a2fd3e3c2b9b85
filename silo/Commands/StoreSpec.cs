using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Commands;

/// <summary>
/// A store named on the command line: <c>sqlite:&lt;data directory&gt;</c> (holding qualitymap.db) or
/// <c>postgres:&lt;Npgsql connection string&gt;</c>.
/// </summary>
public static class StoreSpec
{
    public static StorageOptions Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var provider = colon < 0 ? "" : spec[..colon];
        var rest = colon < 0 ? "" : spec[(colon + 1)..];
        if (rest.Length == 0)
        {
            throw new ArgumentException($"'{spec}' is not a store: use sqlite:<data directory> or postgres:<connection string>.");
        }
        return provider.ToLowerInvariant() switch
        {
            StorageOptions.Sqlite => new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = rest },
            StorageOptions.Postgres => new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = rest },
            _ => throw new ArgumentException($"'{spec}' is not a store: use sqlite:<data directory> or postgres:<connection string>."),
        };
    }
}

using Npgsql;
using QualityMap.Tests.Codes;

namespace QualityMap.Tests.Upgrade;

/// <summary>
/// Restores a fixture's dump with the database's own client, as an operator restores a backup: sqlite3 into a
/// fresh data directory, psql into a fresh database. The service's code plays no part in it.
/// </summary>
public static class FixtureRestore
{
    /// <summary>Writes <c>qualitymap.db</c> into <paramref name="dataDirectory"/> from the SQLite dump.</summary>
    public static async Task SqliteAsync(string dataDirectory)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("sqlite3", "sqlite3",
            "-bail", Path.Combine(dataDirectory, "qualitymap.db"), $".read '{UpgradeFixture.DumpPath(UpgradeFixture.Sqlite)}'");
        Assert.True(exitCode == 0 && output.Length == 0, $"sqlite3 could not restore the fixture (exit {exitCode}): {output}");
    }

    /// <summary>Loads the PostgreSQL dump into the empty database <paramref name="connectionString"/> names.</summary>
    public static async Task PostgresAsync(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var libpq = $"host={b.Host} port={b.Port} user={b.Username} password={b.Password} dbname={b.Database}";
        var (exitCode, output) = await ExternalTool.RunAsync("psql", "postgresql-client",
            "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", UpgradeFixture.DumpPath(UpgradeFixture.Postgres), libpq);
        Assert.True(exitCode == 0, $"psql could not restore the fixture (exit {exitCode}): {output}");
    }
}

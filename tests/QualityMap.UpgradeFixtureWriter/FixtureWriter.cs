using Npgsql;
using QualityMap.Tests;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Operations;
using QualityMap.Tests.Upgrade;

namespace QualityMap.UpgradeFixtureWriter;

/// <summary>
/// Writes tests/QualityMap.Tests/Upgrade/Fixtures: runs <see cref="Scenario"/> on this version over a fresh SQLite
/// data directory and a fresh PostgreSQL database, dumps each store as SQL text and saves what the service answered.
/// </summary>
public static class FixtureWriter
{
    public const string Gate = "QUALITYMAP_WRITE_UPGRADE_FIXTURE";

    public static async Task<int> Main(string[] args)
    {
        // The fixture must come from the version before a storage change; rewriting it on the new one proves nothing.
        if (Environment.GetEnvironmentVariable(Gate) != "1")
        {
            Console.Error.WriteLine($"Set {Gate}=1 to overwrite the committed upgrade fixture (only on the version it is meant to come from; see Fixtures/README.md).");
            return 2;
        }
        var providers = args.Length > 0 ? args : [UpgradeFixture.Sqlite, UpgradeFixture.Postgres];
        var writtenBy = await WrittenByAsync();
        Directory.CreateDirectory(UpgradeFixture.Directory);
        foreach (var provider in providers)
        {
            var fixture = provider switch
            {
                UpgradeFixture.Sqlite => await WriteSqliteAsync(writtenBy),
                UpgradeFixture.Postgres => await WritePostgresAsync(writtenBy),
                _ => throw new ArgumentException($"Unknown provider '{provider}': sqlite or postgres."),
            };
            fixture.Save(provider);
            Console.WriteLine($"{provider}: {UpgradeFixture.DumpPath(provider)}, journal through seq {fixture.Snapshot["journal"]!["through"]}");
        }
        return 0;
    }

    private static async Task<UpgradeFixture> WriteSqliteAsync(string writtenBy)
    {
        var data = Directory.CreateTempSubdirectory("qm-upgrade-fixture-");
        try
        {
            UpgradeFixture fixture;
            await using (var host = new SiloHost(data.FullName, new ManualTimeProvider(Scenario.Instant)))
                fixture = await Scenario.RunAsync(host, writtenBy);
            // After the host stopped: its write-behind state is flushed and the WAL checkpointed.
            var leftovers = data.EnumerateFileSystemInfos().Select(f => f.Name).Where(n => !n.StartsWith("qualitymap.db", StringComparison.Ordinal)).ToList();
            if (leftovers.Count > 0) throw new InvalidOperationException($"The data directory holds more than the database: {string.Join(", ", leftovers)}; dump those too.");
            var dump = await Tool.RunAsync("sqlite3", "sqlite3", Path.Combine(data.FullName, "qualitymap.db"), ".dump");
            await File.WriteAllTextAsync(UpgradeFixture.DumpPath(UpgradeFixture.Sqlite), dump);
            return fixture;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<UpgradeFixture> WritePostgresAsync(string writtenBy)
    {
        var server = Environment.GetEnvironmentVariable("QUALITYMAP_TEST_POSTGRES")
            ?? throw new InvalidOperationException("QUALITYMAP_TEST_POSTGRES is not set: a superuser connection string (see test.sh).");
        var name = $"qm_upgrade_fixture_{Guid.NewGuid():N}";
        await AdminAsync(server, $"CREATE DATABASE {name};");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name };
        var data = Directory.CreateTempSubdirectory("qm-upgrade-fixture-");
        try
        {
            UpgradeFixture fixture;
            var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = database.ConnectionString };
            await using (var host = new SiloHost(data.FullName, new ManualTimeProvider(Scenario.Instant), settings))
                fixture = await Scenario.RunAsync(host, writtenBy);
            // Plain SQL with INSERTs (no COPY) so that the text reads and diffs; a fixed restrict key keeps reruns comparable.
            await Tool.RunAsync("pg_dump", "postgresql-client", "--no-owner", "--no-privileges", "--inserts", "--restrict-key=qualitymapfixture",
                "-f", UpgradeFixture.DumpPath(UpgradeFixture.Postgres), LibpqConnection(database));
            return fixture;
        }
        finally
        {
            data.Delete(recursive: true);
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
        }
    }

    public static string LibpqConnection(NpgsqlConnectionStringBuilder b) =>
        $"host={b.Host} port={b.Port} user={b.Username} password={b.Password} dbname={b.Database}";

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The last commit that changed the service (not its tests): the version the fixture comes from.</summary>
    private static async Task<string> WrittenByAsync()
    {
        var commit = (await Tool.RunAsync("git", "git", "-C", Repository.Root, "log", "-1", "--format=%h", "--", "api", "grains", "silo", "Directory.Packages.props")).Trim();
        var dirty = (await Tool.RunAsync("git", "git", "-C", Repository.Root, "status", "--porcelain", "--", "api", "grains", "silo")).Trim();
        if (dirty.Length > 0) throw new InvalidOperationException("The service code has uncommitted changes: commit them so that the fixture names its version.");
        return $"QualityMap service code of commit {commit}";
    }
}

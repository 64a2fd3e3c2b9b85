using System.Text;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using QualityMap.Silo.Storage;
using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Benchmarks.Storage;

/// <summary>One grain-state store under load over its own fresh database; grain i is written by one caller at a time.</summary>
internal interface IStateWriter : IAsyncDisposable
{
    string Store { get; }

    string Database { get; }

    Task WriteAsync(int grain);

    /// <summary>The durability settings the database ran with, and the stored payload size.</summary>
    Task<string> DescribeAsync();
}

internal static class Writers
{
    public const string Provider = "Orleans ADO.NET provider";
    public const string Project = "project store (batched)";

    public static readonly IReadOnlyList<Func<int, Task<IStateWriter>>> All =
    [
        grains => OrleansProviderWriter.OpenAsync(ScratchDatabase.Sqlite(), grains),
        grains => ProjectStoreWriter.OpenAsync(ScratchDatabase.Sqlite(), grains),
        async grains => await OrleansProviderWriter.OpenAsync(await ScratchDatabase.PostgresAsync(), grains),
        async grains => await ProjectStoreWriter.OpenAsync(await ScratchDatabase.PostgresAsync(), grains),
    ];

    /// <summary>About 2 KB of JSON, the size of an enterprise or supervision state.</summary>
    public static string Payload(int grain)
    {
        var json = new StringBuilder($$"""{"key":"g{{grain}}","inspections":[""");
        for (var i = 0; json.Length < 2000; i++) json.Append($$"""{"n":{{i}},"finding":"ok","score":{{i % 100}}},""");
        return json.Append("""{"n":-1}]}""").ToString();
    }

    public static string DatabaseName(StorageTarget target) => target is SqliteTarget ? "SQLite" : "PostgreSQL";

    public static async Task<string> DescribeAsync(StorageTarget target, string payloadColumn, string table)
    {
        var length = target is SqliteTarget ? "LENGTH" : "OCTET_LENGTH";
        var bytes = Convert.ToDouble(await target.ScalarAsync($"SELECT AVG({length}({payloadColumn})) FROM {table};"));
        // A fresh connection with no PRAGMA: what Orleans' provider runs with (the project's writer sets FULL itself).
        var settings = target is SqliteTarget
            ? $"journal_mode={await target.ScalarAsync("PRAGMA journal_mode;")}, synchronous on a plain connection={await target.ScalarAsync("PRAGMA synchronous;")}"
            : $"synchronous_commit={await target.ScalarAsync("SHOW synchronous_commit;")}, fsync={await target.ScalarAsync("SHOW fsync;")}";
        return $"{settings}; stored payload {bytes:N0} bytes";
    }
}

/// <summary>Orleans' <c>AdoNetGrainStorage</c> in <see cref="TestSilo"/>, written directly (no grain call in between).</summary>
internal sealed class OrleansProviderWriter(ScratchDatabase database, TestSilo silo, GrainId[] ids, GrainState<BenchState>[] states) : IStateWriter
{
    public string Store => Writers.Provider;

    public string Database => Writers.DatabaseName(database.Target);

    public static async Task<IStateWriter> OpenAsync(ScratchDatabase database, int grains)
    {
        await using (var storage = database.Target.Open()) await storage.Migrator.MigrateAsync();
        var silo = await TestSilo.StartAsync(OrleansDatabase.For(database.Target.Options), $"bench{Guid.NewGuid():N}");
        var ids = Enumerable.Range(0, grains).Select(g => GrainId.Create("bench", $"g{g}")).ToArray();
        var states = Enumerable.Range(0, grains).Select(g => new GrainState<BenchState>(new BenchState { Json = Writers.Payload(g) })).ToArray();
        return new OrleansProviderWriter(database, silo, ids, states);
    }

    public Task WriteAsync(int grain) => silo.Storage.WriteStateAsync("bench", ids[grain], states[grain]);

    public Task<string> DescribeAsync() => Writers.DescribeAsync(database.Target, "PayloadBinary", "OrleansStorage");

    public async ValueTask DisposeAsync()
    {
        await silo.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary><see cref="IGrainStateStore.WriteAsync"/> of the project's store, which the project's IGrainStorage delegates to.</summary>
internal sealed class ProjectStoreWriter(ScratchDatabase database, StorageBundle bundle, string[] keys, string[] payloads) : IStateWriter
{
    private readonly long[] _versions = new long[keys.Length];

    public string Store => Writers.Project;

    public string Database => Writers.DatabaseName(database.Target);

    public static async Task<IStateWriter> OpenAsync(ScratchDatabase database, int grains)
    {
        var bundle = database.Target.Open();
        await bundle.Migrator.MigrateAsync();
        var keys = Enumerable.Range(0, grains).Select(g => $"g{g}").ToArray();
        return new ProjectStoreWriter(database, bundle, keys, Enumerable.Range(0, grains).Select(Writers.Payload).ToArray());
    }

    public async Task WriteAsync(int grain) =>
        _versions[grain] = await bundle.GrainStates.WriteAsync("bench", keys[grain], payloads[grain], _versions[grain]);

    public Task<string> DescribeAsync() => Writers.DescribeAsync(database.Target, "payload", "grain_state");

    public async ValueTask DisposeAsync()
    {
        await bundle.DisposeAsync();
        await database.DisposeAsync();
    }
}

[GenerateSerializer]
public sealed class BenchState
{
    [Id(0)]
    public string Json { get; set; } = "";
}

/// <summary>A fresh SQLite file in a temporary directory, or a throwaway PostgreSQL database; gone on dispose.</summary>
internal sealed class ScratchDatabase(StorageTarget target, Func<Task>? drop = null) : IAsyncDisposable
{
    public StorageTarget Target => target;

    public static ScratchDatabase Sqlite() => new(new SqliteTarget());

    public static async Task<ScratchDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {PostgresVariable} to a role that may create databases.");
        var name = $"qm_bench_{Guid.NewGuid():N}";
        await AdminAsync(server, $"CREATE DATABASE {name};");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new(new PostgresTarget(connection), () => AdminAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);"));
    }

    private const string PostgresVariable = "QUALITYMAP_TEST_POSTGRES";

    private static async Task AdminAsync(string server, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false, Database = "postgres" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await target.DisposeAsync();
        if (drop is not null) await drop();
    }
}

using Npgsql;

namespace QualityMap.Benchmarks;

/// <summary>A throwaway database on the PostgreSQL server of <c>QUALITYMAP_TEST_POSTGRES</c>, dropped on dispose.</summary>
public sealed class Postgres : IAsyncDisposable
{
    public const string DefaultServer = "Host=127.0.0.1;Username=qualitymap_test;Password=qualitymap_test;Database=postgres";

    private readonly string _server;
    private readonly string _name;

    private Postgres(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<Postgres> CreateAsync(string purpose)
    {
        var server = Environment.GetEnvironmentVariable("QUALITYMAP_TEST_POSTGRES") is { Length: > 0 } set ? set : DefaultServer;
        var name = $"qm_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new Postgres(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

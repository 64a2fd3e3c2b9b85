using Npgsql;

namespace QualityMap.Tests.Storage;

/// <summary>
/// A fresh PostgreSQL database for one test class (class fixture), dropped afterwards; each test then gets
/// its own schema in it (<see cref="NewTargetAsync"/>). The server comes from the environment variable
/// <see cref="EnvironmentVariable"/> (test.sh starts one and sets it). Without it the PostgreSQL tests fail:
/// they are never skipped, because a skipped storage test looks like a passing one.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string EnvironmentVariable = "QUALITYMAP_TEST_POSTGRES";

    private int _schemas;

    public string ConnectionString { get; private set; } = "";

    public string Name { get; } = $"qm_test_{Guid.NewGuid():N}";

    /// <summary>A connection string of a role that may create databases (and is a superuser, for the tamper tests).</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. The PostgreSQL tests need a server: run ./test.sh, which starts one, " +
                $"or set {EnvironmentVariable}=\"Host=127.0.0.1;Username=…;Password=…\" (a superuser role).");

    public async Task InitializeAsync()
    {
        await AdminAsync($"CREATE DATABASE {Name};");
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ConnectionString;
    }

    public Task DisposeAsync() => AdminAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE);");

    /// <summary>An empty schema of this database, first on the search path: one test's whole store.</summary>
    public async Task<StorageTarget> NewTargetAsync()
    {
        var schema = $"t{Interlocked.Increment(ref _schemas)}";
        var target = new PostgresTarget(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString);
        await target.ExecuteAsync($"CREATE SCHEMA {schema};");
        return target;
    }

    private static async Task AdminAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        admin.Database ??= "postgres";
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

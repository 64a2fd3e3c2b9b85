using System.Diagnostics;
using Npgsql;

namespace QualityMap.Tests.Durability;

/// <summary>
/// A PostgreSQL server of the test's own (initdb + pg_ctl in a temporary directory, on a free port), so that
/// stopping it hurts nobody else's tests. As root, the server runs as the postgres user (PostgreSQL refuses root).
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;
    private readonly string _data;

    private ThrowawayPostgres(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        _data = Path.Combine(directory, "data");
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=qualitymap;Database={database};Timeout=3";

    public static async Task<ThrowawayPostgres> CreateAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL server binaries (initdb, pg_ctl) are missing: install the postgresql package (test.sh does).");
        var directory = Directory.CreateTempSubdirectory("qm-pg-").FullName;
        var server = new ThrowawayPostgres(bin, directory, LoopbackPorts.Free());
        if (Environment.UserName == "root") await RunAsync("chown", "-R", "postgres", directory);
        await server.AsServerAsync("initdb", "-D", server._data, "-U", "qualitymap", "--auth=trust", "-E", "UTF8", "--no-sync");
        await server.StartAsync();
        return server;
    }

    public Task StartAsync() => AsServerAsync(
        "pg_ctl", "-D", _data, "-w", "-l", Path.Combine(_directory, "server.log"),
        // As many connections as test.sh gives the shared server: a silo's pool under load may take 100 (Npgsql's
        // default), and the test still needs one of its own to cut them.
        "-o", $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c max_connections=300", "start");

    /// <summary>Stops the server at once, as a crash would (no shutdown checkpoint; recovery replays the WAL).</summary>
    public Task StopAsync() => AsServerAsync("pg_ctl", "-D", _data, "-w", "-m", "immediate", "stop");

    /// <summary>Cuts every client connection (as a network failure or an operator would) without stopping the server.</summary>
    public async Task DropConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend';";
        await command.ExecuteNonQueryAsync();
    }

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name};";
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_directory, recursive: true);
    }

    private Task AsServerAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
    }
}

using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>
/// One empty database of one dialect for one test: how to open the stores over it, and raw SQL access to it
/// that bypasses the stores (to check what they do not expose, and to tamper as an attacker would).
/// </summary>
public abstract class StorageTarget : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres": the migration prefix too.</summary>
    public abstract string Provider { get; }

    /// <summary>The configuration that selects this database.</summary>
    public abstract StorageOptions Options { get; }

    /// <summary>The same settings as command-line arguments of the silo.</summary>
    public IReadOnlyList<string> CommandLine =>
    [
        $"--Storage:Provider={Options.Provider}",
        .. Options.ConnectionString is { } connection ? [$"--Storage:ConnectionString={connection}"] : Array.Empty<string>(),
        $"--Storage:DataDirectory={Options.DataDirectory}",
    ];

    public StorageBundle Open(TimeProvider? time = null) => StorageBundle.Open(Options, time);

    public abstract Task<object?> ScalarAsync(string sql);

    public async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    /// <summary>Rewrites a journal row past the append-only trigger, as someone with database access could.</summary>
    public abstract Task TamperWithJournalAsync(string setClause, long seq);

    public abstract ValueTask DisposeAsync();
}

namespace QualityMap.Silo.Storage;

/// <summary>Grain state with optimistic concurrency on a version number.</summary>
public interface IGrainStateStore
{
    /// <summary>The stored state, or null when the grain never wrote one.</summary>
    Task<StoredGrainState?> ReadAsync(string grainType, string key, CancellationToken ct = default);

    /// <summary>
    /// Optimistic concurrency: expectedVersion 0 means "must not exist yet"; otherwise the stored
    /// version must equal it. Returns the new version (expected+1), durable when the task
    /// completes. A mismatch throws <see cref="InconsistentStateException"/> and changes nothing.
    /// </summary>
    Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken ct = default);

    /// <summary>
    /// Writes many states in one transaction, all or none, each with the version check of <see cref="WriteAsync"/>;
    /// durable when the task completes. The first mismatch throws <see cref="InconsistentStateException"/>.
    /// </summary>
    Task WriteManyAsync(IReadOnlyList<GrainStateWrite> writes, CancellationToken ct = default);

    /// <summary>All states of one grain type, ordered by key, streamed page by page.</summary>
    IAsyncEnumerable<StoredGrainState> ReadAllAsync(string grainType, CancellationToken ct = default);
}

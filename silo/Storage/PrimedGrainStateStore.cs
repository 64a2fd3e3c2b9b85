using System.Collections.Concurrent;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Grain-state reads answered from one bulk read made beforehand. The start-up rebuild activates every region grain
/// (41,352 towns on the national tree), and one storage read per activation was seconds of a cold start although
/// almost none of them has a stored state; <see cref="PrimeAsync"/> reads a grain type's rows in one query and the
/// first activation of each primed key takes its entry (a stored state, or "none") instead of reading. An entry is
/// used once: later activations read storage as usual. A write drops the key's entry, and a write that finished
/// while the bulk read ran keeps its key out of the primed set, so an entry is never older than the stored row.
/// </summary>
public sealed class PrimedGrainStateStore : IGrainStateStore
{
    private readonly IGrainStateStore _inner;
    private readonly ConcurrentDictionary<(string Type, string Key), StoredGrainState?> _primed = new();
    private readonly ConcurrentDictionary<(string Type, string Key), byte> _writtenWhilePriming = new();
    private int _priming;

    internal PrimedGrainStateStore(IGrainStateStore inner) => _inner = inner;

    /// <summary>Entries primed and not yet taken by an activation.</summary>
    public int Primed => _primed.Count;

    /// <summary>Primes every key in <paramref name="keys"/> of <paramref name="grainType"/>; returns how many had a stored state.</summary>
    public async Task<int> PrimeAsync(string grainType, IEnumerable<string> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grainType);
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        Interlocked.Increment(ref _priming);
        try
        {
            var stored = new Dictionary<string, StoredGrainState>(StringComparer.Ordinal);
            await foreach (var state in _inner.ReadAllAsync(grainType, ct).ConfigureAwait(false))
            {
                if (wanted.Contains(state.Key)) stored[state.Key] = state;
            }
            foreach (var key in wanted)
            {
                if (!_writtenWhilePriming.ContainsKey((grainType, key))) _primed.TryAdd((grainType, key), stored.GetValueOrDefault(key));
            }
            return stored.Count;
        }
        finally
        {
            if (Interlocked.Decrement(ref _priming) == 0) _writtenWhilePriming.Clear();
        }
    }

    /// <summary>
    /// Drops what is left of a grain type's entries once the activations they were primed for happened. In a cluster
    /// a primed region may already be active on another silo, which writes it there: an entry kept would be older
    /// than the row when the region later moves here.
    /// </summary>
    public void Release(string grainType)
    {
        foreach (var entry in _primed.Keys.Where(k => k.Type == grainType)) _primed.TryRemove(entry, out _);
    }

    public Task<StoredGrainState?> ReadAsync(string grainType, string key, CancellationToken ct = default) =>
        _primed.TryRemove((grainType, key), out var state) ? Task.FromResult(state) : _inner.ReadAsync(grainType, key, ct);

    public async Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken ct = default)
    {
        try
        {
            return await _inner.WriteAsync(grainType, key, payload, expectedVersion, ct).ConfigureAwait(false);
        }
        finally
        {
            Forget(grainType, key);
        }
    }

    public async Task WriteManyAsync(IReadOnlyList<GrainStateWrite> writes, CancellationToken ct = default)
    {
        try
        {
            await _inner.WriteManyAsync(writes, ct).ConfigureAwait(false);
        }
        finally
        {
            foreach (var write in writes) Forget(write.GrainType, write.Key);
        }
    }

    // Whether or not a write succeeded, the stored row may have moved: never answer this key from memory again.
    private void Forget(string grainType, string key)
    {
        if (Volatile.Read(ref _priming) > 0) _writtenWhilePriming.TryAdd((grainType, key), 0);
        _primed.TryRemove((grainType, key), out _);
    }

    public IAsyncEnumerable<StoredGrainState> ReadAllAsync(string grainType, CancellationToken ct = default) =>
        _inner.ReadAllAsync(grainType, ct);
}

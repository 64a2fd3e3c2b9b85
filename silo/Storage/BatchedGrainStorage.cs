using Orleans.Metadata;
using Orleans.Storage;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Orleans grain storage over the project's <c>grain_state</c> table, so grain state shares the journal's database and
/// its single writer: every state write queued while the writer commits goes into its next transaction in one statement
/// batch (<see cref="AdoGrainStateStore"/>), where Orleans' ADO.NET provider spends one transaction and round trip per
/// write (docs/architecture.md, "Grain state": the measurement). The ETag is the row's version and is checked inside the
/// write statement, so a stale writer is refused on both databases. Rows are keyed by the grain class's name and hold
/// the state as JSON (<see cref="GrainStateSerializer"/>), as the version before Orleans stored them: start-up reads
/// them directly (<c>MapRebuilder</c>), and an upgraded data directory starts with every state it had.
/// </summary>
internal sealed class BatchedGrainStorage(IGrainStateStore store, GrainClassMap classes) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (type, key) = RowOf(grainId);
        var stored = await StorageRetry.RunAsync(() => store.ReadAsync(type, key));
        if (stored is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        grainState.State = GrainStateSerializer.Deserialize<T>(stored.Payload);
        grainState.ETag = GrainStateVersion.ToETag(stored.Version);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (type, key) = RowOf(grainId);
        var payload = GrainStateSerializer.Serialize(grainState.State);
        var expected = GrainStateVersion.FromETag(grainState.ETag);
        try
        {
            var version = await StorageRetry.RunAsync(
                () => store.WriteAsync(type, key, payload, expected),
                async error =>
                {
                    // The connection may drop after COMMIT reached the server. Only this activation writes this grain,
                    // so the next version holding our payload is our own write that landed.
                    if (error is not InconsistentStateException mismatch || GrainStateVersion.Stored(mismatch) != expected + 1) return (false, 0L);
                    var current = await store.ReadAsync(type, key);
                    return (current?.Payload == payload, expected + 1);
                });
            grainState.ETag = GrainStateVersion.ToETag(version);
            grainState.RecordExists = true;
        }
        catch (StorageUnavailableException outage)
        {
            // Still down after the retry window: the state in memory is ahead of storage, so this activation must not
            // serve on. Orleans deactivates an activation whose storage reports an inconsistent state, and the next call
            // activates afresh from what is stored; the outage stays the inner exception, which callers recognise.
            throw new InconsistentStateException($"Grain state {type}/{key} could not be stored: {outage.Message}", grainState.ETag, grainState.ETag, outage);
        }
    }

    /// <summary>Grain state is never cleared: each state is either the journal's fold or the only record of its kind.</summary>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        throw new NotSupportedException("QualityMap grain state is never cleared.");

    private (string Type, string Key) RowOf(GrainId grainId) =>
        classes.TryGetGrainClass(grainId.Type, out var grainClass)
            ? (grainClass.Name, grainId.Key.ToString())
            : throw new InvalidOperationException($"Grain type {grainId.Type} has no grain class on this silo.");
}

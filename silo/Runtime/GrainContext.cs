using QualityMap.Grains.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Runtime;

/// <summary>The runtime side of one activation: its identity, its state in storage, its reminders.</summary>
internal sealed class GrainContext(
    GrainId id,
    IGrainFactory grainFactory,
    TimeProvider time,
    IGrainStateStore stateStore,
    StateWriteBehind writeBehind,
    ReminderService reminders) : IGrainContext
{
    public Activation? Activation { get; set; }

    public string Key => id.Key;

    public IGrainFactory GrainFactory => grainFactory;

    public TimeProvider Time => time;

    private bool WritesBehind => id.Class.WriteBehind && writeBehind.Enabled;

    public async Task<PersistedState<TState>?> ReadStateAsync<TState>() where TState : class
    {
        // A predecessor's state may still be queued behind; it is newer than what storage has.
        if (WritesBehind && writeBehind.Find(id) is var (queued, version))
            return new PersistedState<TState>(GrainStateSerializer.Deserialize<TState>(queued), version);
        var stored = await stateStore.ReadAsync(id.Class.Name, id.Key);
        return stored is null
            ? null
            : new PersistedState<TState>(GrainStateSerializer.Deserialize<TState>(stored.Payload), stored.Version);
    }

    public async Task<long> WriteStateAsync<TState>(TState state, long expectedVersion) where TState : class
    {
        var payload = GrainStateSerializer.Serialize(state);
        if (WritesBehind) return await writeBehind.WriteAsync(id, payload, expectedVersion);
        try
        {
            return await StorageRetry.RunAsync(
                () => stateStore.WriteAsync(id.Class.Name, id.Key, payload, expectedVersion),
                async error =>
                {
                    // Only this activation writes this grain: the next version holding our payload is our own write.
                    if (error is not InconsistentStateException { StoredVersion: var stored } || stored != expectedVersion + 1) return (false, 0L);
                    var current = await stateStore.ReadAsync(id.Class.Name, id.Key);
                    return (current?.Payload == payload, stored);
                });
        }
        catch (StorageUnavailableException)
        {
            // Still down after the retry window: the state in memory is ahead of storage, so it must not serve on.
            Activation?.RequestDeactivation();
            throw;
        }
        catch (InconsistentStateException)
        {
            // The stored state moved on without this activation (as in Orleans): serving on from a stale copy
            // would fail every later write, so the activation leaves after this turn and the next call reloads.
            Activation?.RequestDeactivation();
            throw;
        }
    }

    public Task RegisterOrUpdateReminderAsync(string name, DateTimeOffset dueAt) =>
        StorageRetry.RunAsync(() => reminders.RegisterAsync(id, name, dueAt));

    public Task UnregisterReminderAsync(string name) => StorageRetry.RunAsync(() => reminders.UnregisterAsync(id, name));

    public void DeactivateOnIdle() => Activation?.RequestDeactivation();
}

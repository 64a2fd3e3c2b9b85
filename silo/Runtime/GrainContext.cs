using QualityMap.Grains.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Runtime;

/// <summary>The runtime side of one activation: its identity, its state in storage, its reminders.</summary>
internal sealed class GrainContext(
    GrainId id,
    IGrainFactory grainFactory,
    TimeProvider time,
    IGrainStateStore stateStore,
    ReminderService reminders) : IGrainContext
{
    public Activation? Activation { get; set; }

    public string Key => id.Key;

    public IGrainFactory GrainFactory => grainFactory;

    public TimeProvider Time => time;

    public async Task<PersistedState<TState>?> ReadStateAsync<TState>() where TState : class
    {
        var stored = await stateStore.ReadAsync(id.Class.Name, id.Key);
        return stored is null
            ? null
            : new PersistedState<TState>(GrainStateSerializer.Deserialize<TState>(stored.Payload), stored.Version);
    }

    public async Task<long> WriteStateAsync<TState>(TState state, long expectedVersion) where TState : class
    {
        try
        {
            return await stateStore.WriteAsync(id.Class.Name, id.Key, GrainStateSerializer.Serialize(state), expectedVersion);
        }
        catch (InconsistentStateException)
        {
            // The stored state moved on without this activation (as in Orleans): serving on from a stale copy
            // would fail every later write, so the activation leaves after this turn and the next call reloads.
            Activation?.RequestDeactivation();
            throw;
        }
    }

    public Task RegisterOrUpdateReminderAsync(string name, DateTimeOffset dueAt) => reminders.RegisterAsync(id, name, dueAt);

    public Task UnregisterReminderAsync(string name) => reminders.UnregisterAsync(id, name);

    public void DeactivateOnIdle() => Activation?.RequestDeactivation();
}

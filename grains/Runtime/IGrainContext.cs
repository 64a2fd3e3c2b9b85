namespace QualityMap.Grains.Runtime;

/// <summary>What the runtime gives an activation: its identity, persistence and reminders.</summary>
public interface IGrainContext
{
    string Key { get; }
    IGrainFactory GrainFactory { get; }
    TimeProvider Time { get; }

    /// <summary>Reads the persisted state; null when none was ever written.</summary>
    Task<PersistedState<TState>?> ReadStateAsync<TState>() where TState : class;

    /// <summary>Writes the state with optimistic concurrency and returns the new version.</summary>
    Task<long> WriteStateAsync<TState>(TState state, long expectedVersion) where TState : class;

    Task RegisterOrUpdateReminderAsync(string name, DateTimeOffset dueAt);
    Task UnregisterReminderAsync(string name);

    /// <summary>Asks the runtime to deactivate this activation once the current turn is over.</summary>
    void DeactivateOnIdle();
}

using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace QualityMap.Tests.OrleansProviders;

// Placed on the silo of the first caller, so a clustering test knows where the activation lives.
[PreferLocalPlacement]
public sealed class ProbeGrain([PersistentState("probe", TestSilo.StorageName)] IPersistentState<ProbeState> state)
    : Grain, IProbeGrain, IRemindable
{
    public const string ReminderName = "tick";

    public async Task<int> AddAsync(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<int> GetTotalAsync() => Task.FromResult(state.State.Total);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task StartTickingAsync(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public async Task StopTickingAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task<IReadOnlyList<string>> ListRemindersAsync() =>
        (await this.GetReminders()).Select(r => r.ReminderName).Order(StringComparer.Ordinal).ToList();

    public Task<string> WhereAsync() => Task.FromResult(RuntimeIdentity);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderTicks.Record(this.GetPrimaryKeyString(), RuntimeIdentity);
        return Task.CompletedTask;
    }
}

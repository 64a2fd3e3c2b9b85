using Orleans;
using Orleans.Runtime;
using QualityMap.Tests.OrleansProviders;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public abstract class CountingGrain(IPersistentState<ProbeState> state) : Grain, ICountingGrain
{
    private int _activation;

    public static string Activations(string key) => $"counting:{key}:activations";

    public static string Deactivations(string key) => $"counting:{key}:deactivations";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = Signals.Increment(Activations(this.GetPrimaryKeyString()));
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Signals.Increment(Deactivations(this.GetPrimaryKeyString()));
        return Task.CompletedTask;
    }

    public async Task<int> AddAsync(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<(int Total, int Activation)> GetAsync() => Task.FromResult((state.State.Total, _activation));
}

public sealed class IdleGrain([PersistentState("idle", TestSilo.StorageName)] IPersistentState<ProbeState> state)
    : CountingGrain(state), IIdleGrain;

// Orleans 10.4.2 has [KeepAlive] (Orleans.KeepAliveAttribute): the collector never picks such an activation.
[KeepAlive]
public sealed class PinnedGrain([PersistentState("pinned", TestSilo.StorageName)] IPersistentState<ProbeState> state)
    : CountingGrain(state), IPinnedGrain;

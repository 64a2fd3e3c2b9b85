using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IPersistentCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and writes the state.</summary>
    Task<CounterSnapshot> IncrementAsync();

    Task<CounterSnapshot> GetAsync();
}

/// <summary>A <see cref="Grain{TState}"/> that reports its activations and deactivations to the probe.</summary>
public sealed class PersistentCounterGrain(GrainProbe probe) : Grain<CounterState>, IPersistentCounterGrain
{
    private int _activation;

    public static string Activations(string key) => $"counter:{key}:activations";

    public static string Deactivations(string key) => $"counter:{key}:deactivations";

    public async Task<CounterSnapshot> IncrementAsync()
    {
        State.Value++;
        await WriteStateAsync();
        return Snapshot();
    }

    public Task<CounterSnapshot> GetAsync() => Task.FromResult(Snapshot());

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Increment(Deactivations(GetPrimaryKeyString()));
        return Task.CompletedTask;
    }

    protected override Task OnStateLoadedAsync(CancellationToken cancellationToken)
    {
        _activation = probe.Increment(Activations(GetPrimaryKeyString()));
        return Task.CompletedTask;
    }

    private CounterSnapshot Snapshot() => new(State.Value, StateVersion, RecordExists, _activation);
}

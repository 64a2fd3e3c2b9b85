using QualityMap.Silo.Storage;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>Grain&lt;TState&gt;: state outlives its activation and its process, guarded by a version number.</summary>
public sealed class GrainStateTests
{
    [Fact]
    public async Task AGrainThatNeverWroteHasNoRecord()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        var snapshot = await harness.Grains.GetGrain<IPersistentCounterGrain>("fresh").GetAsync();

        Assert.Equal(new CounterSnapshot(0, 0, RecordExists: false, Activation: 1), snapshot);
        Assert.Null(await harness.Storage.GrainStates.ReadAsync(nameof(PersistentCounterGrain), "fresh"));
    }

    [Fact]
    public async Task EachWriteIncrementsTheStoredVersion()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var counter = harness.Grains.GetGrain<IPersistentCounterGrain>("versions");

        var versions = new List<long>();
        for (var i = 0; i < 3; i++) versions.Add((await counter.IncrementAsync()).Version);

        Assert.Equal([1L, 2L, 3L], versions);
        var stored = await harness.Storage.GrainStates.ReadAsync(nameof(PersistentCounterGrain), "versions");
        Assert.NotNull(stored);
        Assert.Equal(3, stored.Version);
        Assert.Equal("{\"value\":3}", stored.Payload);
    }

    [Fact]
    public async Task TheNextActivationLoadsTheStateThePreviousOneWrote()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var counter = harness.Grains.GetGrain<IPersistentCounterGrain>("c1");
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        await harness.Catalog.DeactivateAllAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, harness.Catalog.Count);
        Assert.Equal(1, harness.Probe.Count(PersistentCounterGrain.Deactivations("c1")));
        Assert.Equal(new CounterSnapshot(2, 2, RecordExists: true, Activation: 2), await counter.GetAsync());
        Assert.Equal(2, harness.Probe.Count(PersistentCounterGrain.Activations("c1")));
        Assert.Equal(new CounterSnapshot(3, 3, RecordExists: true, Activation: 2), await counter.IncrementAsync());
    }

    [Fact]
    public async Task StateSurvivesARestartOverTheSameDatabase()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await harness.Grains.GetGrain<IPersistentCounterGrain>("durable").IncrementAsync();
        await harness.Grains.GetGrain<IPersistentCounterGrain>("durable").IncrementAsync();

        await harness.RestartAsync();

        var snapshot = await harness.Grains.GetGrain<IPersistentCounterGrain>("durable").GetAsync();
        Assert.Equal(new CounterSnapshot(2, 2, RecordExists: true, Activation: 2), snapshot);
    }

    [Fact]
    public async Task AWriteOverAVersionChangedBehindTheGrainFailsAndChangesNothing()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var counter = harness.Grains.GetGrain<IPersistentCounterGrain>("contested");
        await counter.IncrementAsync();
        // Someone else (another silo, a tool) wrote version 2 while the activation still holds version 1.
        await harness.Storage.GrainStates.WriteAsync(nameof(PersistentCounterGrain), "contested", "{\"value\":100}", expectedVersion: 1);

        await Assert.ThrowsAsync<InconsistentStateException>(counter.IncrementAsync);

        var stored = await harness.Storage.GrainStates.ReadAsync(nameof(PersistentCounterGrain), "contested");
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Version);
        Assert.Equal("{\"value\":100}", stored.Payload);
        // The failed write only failed that call. The activation left after it, so the next call reloads the
        // stored state instead of failing every later write from a stale copy.
        Assert.Equal(2, (await counter.GetAsync()).Version);
        await counter.IncrementAsync();
        Assert.Equal(3, (await harness.Storage.GrainStates.ReadAsync(nameof(PersistentCounterGrain), "contested"))!.Version);
    }
}

using QualityMap.Silo.Runtime;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>Idle activations leave memory after <see cref="GrainRuntimeOptions.IdleDeactivationAge"/>; their state does not.</summary>
public sealed class IdleCollectionTests
{
    private static readonly TimeSpan Age = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task AnActivationIsCollectedOnlyOnceItWasIdleForTheConfiguredAge()
    {
        await using var harness = await RuntimeHarness.StartAsync(o => o.IdleDeactivationAge = Age);
        var counter = harness.Grains.GetGrain<IPersistentCounterGrain>("idle");
        await counter.IncrementAsync();
        await LetTheTurnEndAsync();

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, harness.Catalog.CollectIdle(harness.Clock.GetUtcNow() - Age));
        Assert.Equal(1, harness.Catalog.Count);

        harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await harness.CollectIdleAsync(harness.Clock.GetUtcNow() - Age, expected: 1);
        await RuntimeHarness.EventuallyAsync(() => harness.Catalog.Count == 0, "the idle activation left memory");
        Assert.Equal(1, harness.Probe.Count(PersistentCounterGrain.Deactivations("idle")));

        Assert.Equal(new CounterSnapshot(1, 1, RecordExists: true, Activation: 2), await counter.GetAsync());
        Assert.Equal(1, harness.Catalog.Count);
    }

    [Fact]
    public async Task ACallRestartsTheIdleAge()
    {
        await using var harness = await RuntimeHarness.StartAsync(o => o.IdleDeactivationAge = Age);
        var counter = harness.Grains.GetGrain<IPersistentCounterGrain>("busy");
        await counter.IncrementAsync();
        await LetTheTurnEndAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(8));
        await counter.GetAsync();
        await LetTheTurnEndAsync();

        harness.Clock.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal(0, harness.Catalog.CollectIdle(harness.Clock.GetUtcNow() - Age));
        Assert.Equal(1, (await counter.GetAsync()).Activation);
    }

    [Fact]
    public async Task AKeepAliveGrainIsNeverCollected()
    {
        await using var harness = await RuntimeHarness.StartAsync(o => o.IdleDeactivationAge = Age);
        var pinned = harness.Grains.GetGrain<IPinnedGrain>("region");
        await pinned.PingAsync();
        await harness.Grains.GetGrain<IPersistentCounterGrain>("ordinary").GetAsync();
        await LetTheTurnEndAsync();

        harness.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1, harness.Catalog.CollectIdle(harness.Clock.GetUtcNow() - Age));
        await RuntimeHarness.EventuallyAsync(() => harness.Catalog.Count == 1, "the ordinary grain left memory");
        Assert.Equal(0, harness.Catalog.CollectIdle(DateTimeOffset.MaxValue));
        Assert.Equal(0, harness.Probe.Count(PinnedGrain.Deactivations("region")));
        Assert.Equal(1, await pinned.PingAsync());
    }

    [Fact]
    public async Task TheIdleCollectionServiceCollectsOnTheInjectedClock()
    {
        await using var harness = await RuntimeHarness.StartAsync(o =>
        {
            o.IdleDeactivationAge = Age;
            o.CollectionInterval = TimeSpan.FromMinutes(1);
        });
        await harness.StartIdleCollectionAsync();
        var counter = harness.Grains.GetGrain<IPersistentCounterGrain>("swept");
        await counter.IncrementAsync();
        await LetTheTurnEndAsync();

        for (var minute = 1; minute <= 9; minute++) harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await RuntimeHarness.SettleAsync();
        Assert.Equal(1, harness.Catalog.Count);

        for (var minute = 10; minute <= 11; minute++) harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await RuntimeHarness.EventuallyAsync(() => harness.Catalog.Count == 0, "the collector deactivated the idle grain");
        Assert.Equal(1, (await counter.GetAsync()).Value);
    }

    // The caller resumes just before the activation stamps its last activity and marks itself idle; moving the
    // clock in between would stamp the later time.
    private static Task LetTheTurnEndAsync() => RuntimeHarness.SettleAsync();
}

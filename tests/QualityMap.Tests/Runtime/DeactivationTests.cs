using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>Calls that meet a deactivating activation wait for it to leave and then run, in order, on its successor.</summary>
public sealed class DeactivationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task CallsArrivingDuringDeactivationRunInOrderOnTheNextActivation()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<ISlowExitGrain>("leaving");
        await grain.AppendAsync(-1);
        await harness.CollectIdleAsync(harness.Clock.GetUtcNow(), expected: 1);
        await harness.Probe.WaitAsync(SlowExitGrain.DeactivatingGate);

        var calls = Enumerable.Range(0, 100).Select(grain.AppendAsync).ToList();
        await RuntimeHarness.SettleAsync();
        Assert.DoesNotContain(calls, c => c.IsCompleted);

        harness.Probe.Open(SlowExitGrain.ReleaseGate);
        await Task.WhenAll(calls).WaitAsync(Timeout);

        string[] expected =
        [
            "activated 1", "call -1 on 1", "deactivating 1", "deactivated 1", "activated 2",
            .. Enumerable.Range(0, 100).Select(i => $"call {i} on 2"),
        ];
        Assert.Equal(expected, harness.Probe.Timeline);
        Assert.Equal(1, harness.Catalog.Count);
    }

    [Fact]
    public async Task AGrainThatAsksToBeDeactivatedFirstServesTheCallsAlreadyQueued()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        harness.Probe.Open(SlowExitGrain.ReleaseGate);
        var grain = harness.Grains.GetGrain<ISlowExitGrain>("quitter");

        // The first call holds the turn, so the other two are surely queued behind it when it ends.
        var calls = new[] { grain.HoldAsync("quitter:go"), grain.LeaveAsync(), grain.AppendAsync(2) };
        harness.Probe.Open("quitter:go");
        await Task.WhenAll(calls).WaitAsync(Timeout);
        await RuntimeHarness.EventuallyAsync(() => harness.Catalog.Count == 0, "the grain left memory");
        await grain.AppendAsync(3);

        Assert.Equal(
            ["activated 1", "hold on 1", "leave on 1", "call 2 on 1", "deactivating 1", "deactivated 1", "activated 2", "call 3 on 2"],
            harness.Probe.Timeline);
    }

    [Fact]
    public async Task DeactivateAllWaitsForABusyActivationToFinishItsCall()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IHoldingGrain>("busy");
        var call = grain.HoldAsync("busy:release");
        await harness.Probe.WaitAsync(HoldingGrain.HoldingGate);

        var deactivateAll = harness.Catalog.DeactivateAllAsync();
        harness.Probe.Open("busy:release");
        await call.WaitAsync(Timeout);

        // Shutdown must not give up on (or hang over) a grain that was merely busy when it was called.
        await deactivateAll.WaitAsync(Timeout);
        Assert.Equal(0, harness.Catalog.Count);
    }
}

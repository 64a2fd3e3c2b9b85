using QualityMap.Silo.Runtime;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>A failing call fails only its caller; a failing activation fails the calls waiting for it and is retried.</summary>
public sealed class CallFailureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnExceptionReachesOnlyTheCallerWhoseCallThrewAndTheGrainServesOn()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IFaultyGrain>("f1");

        var before = grain.EchoAsync(1);
        var failing = grain.FailAsync("boom");
        var after = grain.EchoAsync(2);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Timeout));
        Assert.Equal("boom", error.Message);
        Assert.Equal(1, await before.WaitAsync(Timeout));
        Assert.Equal(2, await after.WaitAsync(Timeout));
        Assert.Equal(3, await grain.EchoAsync(3));
        // Same activation: an exception in a call does not cost the grain its memory.
        Assert.Equal(1, await grain.GetActivationAsync());
    }

    [Fact]
    public async Task AGuardClauseThatThrowsBeforeAnyAwaitSurfacesAsItsOwnException()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IFaultyGrain>("guard");

        // The caller must see what the grain threw, not the reflection wrapper around it.
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.RejectNegativeAsync(-1).WaitAsync(Timeout));
    }

    [Fact]
    public async Task ASynchronousThrowInAMethodReturningAValueSurfacesAsItsOwnException()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IFaultyGrain>("parse");

        await Assert.ThrowsAsync<FormatException>(() => grain.ParseAsync("not a number").WaitAsync(Timeout));
        Assert.Equal(12, await grain.ParseAsync("12"));
    }

    [Fact]
    public async Task CallsQueuedOnAFailedActivationFailAndALaterCallActivatesAgain()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IFlakyActivationGrain>("flaky");

        var queued = Enumerable.Range(0, 3).Select(_ => grain.PingAsync()).ToList();
        harness.Probe.Open(FlakyActivationGrain.FirstActivationGate);

        foreach (var call in queued)
        {
            var error = await Assert.ThrowsAsync<GrainActivationException>(() => call.WaitAsync(Timeout));
            Assert.IsType<IOException>(error.InnerException);
        }
        Assert.Equal(1, harness.Probe.Count(FlakyActivationGrain.Activations));

        Assert.Equal(2, await grain.PingAsync().WaitAsync(Timeout));
        Assert.Equal(2, await grain.PingAsync().WaitAsync(Timeout));
        Assert.Equal(1, harness.Catalog.Count);
    }
}

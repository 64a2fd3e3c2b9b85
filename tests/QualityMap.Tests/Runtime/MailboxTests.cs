using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>The mailbox contract: one turn at a time per grain, in arrival order; different grains run in parallel.</summary>
public sealed class MailboxTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task CallsMadeByOneCallerRunInTheOrderTheyWereMade()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IOrderingGrain>("ordered");

        // Not awaited one by one: ordering must come from queuing at call time, not from the caller waiting.
        var calls = Enumerable.Range(0, 1_000).Select(grain.AppendAsync).ToList();
        await Task.WhenAll(calls).WaitAsync(Timeout);

        Assert.Equal(Enumerable.Range(0, 1_000), await grain.GetValuesAsync());
    }

    [Fact]
    public async Task ConcurrentCallersNeverShareATurnAndNoCallIsLostOrRunTwice()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<ITurnCheckingGrain>("contended");

        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++) await grain.EnterAsync();
        }));
        await Task.WhenAll(callers).WaitAsync(Timeout);

        Assert.Equal(0, harness.Probe.Count("turn:overlaps"));
        Assert.Equal(4_000, await grain.GetCountAsync());
    }

    [Fact]
    public async Task CallsToDifferentGrainsRunInParallel()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var left = harness.Grains.GetGrain<IRendezvousGrain>("left");
        var right = harness.Grains.GetGrain<IRendezvousGrain>("right");

        // Each call only returns once the other one is running too: a runtime that ran all grains on one
        // queue would leave the second call waiting behind the first, and the rendezvous would time out.
        await Task.WhenAll(left.MeetAsync("both", 2), right.MeetAsync("both", 2)).WaitAsync(Timeout);

        Assert.Equal(2, harness.Probe.Count("both"));
    }

    [Fact]
    public async Task TwoReferencesToOneKeyReachTheSameActivation()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        await harness.Grains.GetGrain<IOrderingGrain>("shared").AppendAsync(1);
        await harness.Grains.GetGrain<IOrderingGrain>("shared").AppendAsync(2);

        Assert.Equal([1, 2], await harness.Grains.GetGrain<IOrderingGrain>("shared").GetValuesAsync());
        Assert.Equal(1, harness.Catalog.Count);
    }
}

using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.OrleansRuntime.Grains;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>[OneWay] (Orleans.Concurrency.OneWayAttribute): the caller goes on before the callee ran.</summary>
public sealed class OneWayTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AOneWayCallReturnsBeforeTheCalleeRanAndTheCalleeStillRunsIt()
    {
        var key = SiloFixture.NewKey("listener");
        var gate = SiloFixture.NewKey("gate");
        var grain = fixture.Silo.Grains.GetGrain<INotifiedGrain>(key);

        // Returns although the callee cannot finish before the gate opens below.
        await grain.NotifyAsync(7, gate).WaitAsync(Timeout);
        // Not asked of the grain: a call now would queue behind the one-way call waiting at its gate.
        Assert.Equal(0, Signals.Count(NotifiedGrain.Finished(key, 7)));

        Signals.Open(gate);
        // Eventually, not "by the next call": Orleans does not promise that a caller's calls arrive in the order
        // they were made (the old runtime did), so a later two-way call may overtake the one-way call.
        await Poll.UntilAsync(async () => (await grain.GetReceivedAsync()).SequenceEqual([7]), "the one-way call ran");
        Assert.Equal(1, Signals.Count(NotifiedGrain.Started(key, 7)));
    }

    [Fact]
    public async Task AChildNotifyingItsBusyParentOneWayDoesNotDeadlock()
    {
        var parent = fixture.Silo.Grains.GetGrain<INotifiedGrain>(SiloFixture.NewKey("parent"));

        // The parent awaits the child; the child calls the parent back. A two-way call back would wait for the
        // parent's turn, which waits for the child: a deadlock until Orleans' response timeout.
        await parent.AskChildAsync(SiloFixture.NewKey("child")).WaitAsync(Timeout);

        await Poll.UntilAsync(async () => (await parent.GetReceivedAsync()).Count == 1, "the parent ran the child's notification");
    }
}

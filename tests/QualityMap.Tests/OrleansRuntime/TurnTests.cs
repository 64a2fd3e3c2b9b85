using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.OrleansRuntime.Grains;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>Orleans' default scheduling: one turn at a time per activation, different grains in parallel.</summary>
public sealed class TurnTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ConcurrentCallersNeverShareATurnAndNoCallIsLost()
    {
        var key = SiloFixture.NewKey("contended");
        var grain = fixture.Silo.Grains.GetGrain<ITurnGrain>(key);

        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++) await grain.EnterAsync();
        }));
        await Task.WhenAll(callers).WaitAsync(Timeout);

        Assert.Equal(0, Signals.Count(TurnGrain.Overlaps(key)));
        Assert.Equal(400, await grain.GetCountAsync());
    }

    [Fact]
    public async Task CallsToDifferentGrainsRunInParallel()
    {
        var meeting = SiloFixture.NewKey("meeting");
        var left = fixture.Silo.Grains.GetGrain<ITurnGrain>(SiloFixture.NewKey("left"));
        var right = fixture.Silo.Grains.GetGrain<ITurnGrain>(SiloFixture.NewKey("right"));

        // Each call returns only once the other one runs too: grains run one after the other would time out.
        await Task.WhenAll(left.MeetAsync(meeting, 2), right.MeetAsync(meeting, 2)).WaitAsync(Timeout);

        Assert.Equal(2, Signals.Count(meeting));
    }

    [Fact]
    public async Task ACallWaitsWhileTheTurnBeforeItAwaits()
    {
        var key = SiloFixture.NewKey("single");
        var (closed, open) = (SiloFixture.NewKey("closed"), SiloFixture.NewKey("open"));
        Signals.Open(open);
        var grain = fixture.Silo.Grains.GetGrain<ITurnGrain>(key);

        var first = grain.HoldAsync(closed);
        await Poll.UntilAsync(() => Signals.Count(TurnGrain.Entered(key)) == 1, "the first call is inside the grain");
        var second = grain.HoldAsync(open);
        // A short settle: a reentrant grain would let the second call in while the first awaits its gate.
        await Task.Delay(300);
        Assert.Equal(1, Signals.Count(TurnGrain.Entered(key)));
        Assert.False(second.IsCompleted);

        Signals.Open(closed);
        await Task.WhenAll(first, second).WaitAsync(Timeout);
        Assert.Equal(2, Signals.Count(TurnGrain.Entered(key)));
    }
}

using Orleans.Runtime;
using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.OrleansRuntime.Grains;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>Orleans' RequestContext travels with a call, a one-way call, and the calls the callee makes in turn.</summary>
public sealed class RequestContextTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    [Fact]
    public async Task AValueReachesTheCalleesOwnOneWayCall()
    {
        var (first, second) = (SiloFixture.NewKey("first"), SiloFixture.NewKey("second"));

        await CallWithCauseAsync("commit-42", g => g.GetGrain<IContextGrain>(first).ForwardAsync(second));

        var next = fixture.Silo.Grains.GetGrain<IContextGrain>(second);
        await Poll.UntilAsync(async () => (await next.SeenAsync()).Records == 1, "the forwarded call ran");
        Assert.Equal("commit-42", (await next.SeenAsync()).Seen);
    }

    [Fact]
    public async Task AValueReachesTheCalleesOwnTwoWayCall()
    {
        var (first, second) = (SiloFixture.NewKey("first"), SiloFixture.NewKey("second"));

        await CallWithCauseAsync("commit-7", g => g.GetGrain<IContextGrain>(first).RelayAsync(second));

        Assert.Equal(("commit-7", 1), await fixture.Silo.Grains.GetGrain<IContextGrain>(second).SeenAsync());
    }

    [Fact]
    public async Task ALaterCallWithoutTheValueDoesNotSeeIt()
    {
        var (first, second) = (SiloFixture.NewKey("first"), SiloFixture.NewKey("second"));
        await CallWithCauseAsync("commit-1", g => g.GetGrain<IContextGrain>(first).RelayAsync(second));

        var grain = fixture.Silo.Grains.GetGrain<IContextGrain>(second);
        await grain.RecordAsync();

        Assert.Equal((null, 2), await grain.SeenAsync());
        Assert.Null(RequestContext.Get(IContextGrain.Key));
    }

    // An async method of its own: the value set here stays in this call's flow and not in the test's.
    private async Task CallWithCauseAsync(string cause, Func<Orleans.IGrainFactory, Task> call)
    {
        RequestContext.Set(IContextGrain.Key, cause);
        await call(fixture.Silo.Grains);
    }
}

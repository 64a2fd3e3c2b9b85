using QualityMap.Grains.Runtime;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary><see cref="RequestContext"/> travels with calls, one-way hops included, and never leaks into other calls.</summary>
public sealed class RequestContextTests
{
    [Fact]
    public async Task AValueSetByTheCallerReachesTheCalleeAndTheOneWayCallsItMakes()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await CallWithCauseAsync(harness, "commit-42");

        await RuntimeHarness.EventuallyAsync(() => harness.Grains.GetGrain<IContextGrain>("second").SeenAsync().Result is not null, "the forwarded call ran");
        Assert.Equal("commit-42", await harness.Grains.GetGrain<IContextGrain>("second").SeenAsync());
    }

    [Fact]
    public async Task ACallMadeWithoutTheValueDoesNotSeeAnEarlierCallersValue()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await CallWithCauseAsync(harness, "commit-1");
        var grain = harness.Grains.GetGrain<IContextGrain>("second");
        await RuntimeHarness.EventuallyAsync(() => grain.SeenAsync().Result is not null, "the forwarded call ran");

        await grain.RecordAsync(ContextGrain.Key);

        Assert.Null(await grain.SeenAsync());
        Assert.Null(RequestContext.Get(ContextGrain.Key));
    }

    // An async method of its own, so the value set here stays in this call's flow, as in the dispatcher.
    private static async Task CallWithCauseAsync(RuntimeHarness harness, string cause)
    {
        RequestContext.Set(ContextGrain.Key, cause);
        await harness.Grains.GetGrain<IContextGrain>("first").ForwardAsync("second");
    }
}

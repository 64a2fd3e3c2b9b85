using Microsoft.Extensions.Logging;
using QualityMap.Silo.Runtime;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>[OneWay]: the caller's task completes once the call is queued; the grain runs it later.</summary>
public sealed class OneWayCallTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AOneWayCallCompletesBeforeTheGrainBodyRunsAndStillRuns()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IOneWayGrain>("listener");

        var send = grain.NotifyAsync(7);

        // Completed although the grain body cannot finish until the gate opens below.
        Assert.True(send.IsCompletedSuccessfully);
        harness.Probe.Open(OneWayGrain.ReleaseGate);
        // A normal call queued after the one-way call runs after it.
        Assert.Equal([7], await grain.GetReceivedAsync().WaitAsync(Timeout));
    }

    [Fact]
    public async Task OneWayCallsFromOneCallerRunInOrder()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        harness.Probe.Open(OneWayGrain.ReleaseGate);
        var grain = harness.Grains.GetGrain<IOneWayGrain>("ordered");

        for (var i = 0; i < 100; i++) await grain.NotifyAsync(i);

        Assert.Equal(Enumerable.Range(0, 100), await grain.GetReceivedAsync().WaitAsync(Timeout));
    }

    [Fact]
    public async Task AnExceptionInAOneWayCallDoesNotReachTheCallerButIsLogged()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        harness.Probe.Open(OneWayGrain.ReleaseGate);
        var grain = harness.Grains.GetGrain<IOneWayGrain>("failing");

        await grain.FailAsync("one-way boom");
        await grain.NotifyAsync(1);

        Assert.Equal([1], await grain.GetReceivedAsync().WaitAsync(Timeout));
        await RuntimeHarness.EventuallyAsync(
            () => harness.Logs.Entries.Any(e => e is { Level: LogLevel.Error, Exception: InvalidOperationException { Message: "one-way boom" } }),
            "the one-way failure was logged");
        Assert.Equal(1, harness.Catalog.Count);
    }

    [Fact]
    public async Task AOneWayMethodThatReturnsAValueIsRefused()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        var grain = harness.Grains.GetGrain<IOneWayGrain>("asking");

        var error = Assert.Throws<NotSupportedException>(() => { _ = grain.AskAsync(); });

        Assert.Contains(nameof(IOneWayGrain.AskAsync), error.Message);
        Assert.Equal(0, harness.Catalog.Count);
    }

    [Fact]
    public async Task OneWayFailuresAreReportedByTheCatalog()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        await harness.Grains.GetGrain<IOneWayGrain>("reported").FailAsync("reported boom");

        await RuntimeHarness.EventuallyAsync(
            () => harness.Logs.Entries.Any(e => e.Category == typeof(GrainCatalog).FullName && e.Message.Contains("one-way", StringComparison.OrdinalIgnoreCase)),
            "the catalog logged the one-way failure");
    }
}

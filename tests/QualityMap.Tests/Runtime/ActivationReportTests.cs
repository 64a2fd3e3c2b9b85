using QualityMap.Silo.Runtime;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>
/// <see cref="GrainCatalog.ActivationChanged"/> feeds an activations gauge: every "in" must be matched by one "out",
/// so the gauge always equals <see cref="GrainCatalog.Count"/> once the catalog is quiet.
/// </summary>
public sealed class ActivationReportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ReportsBalanceOverActivationAndIdleCollection()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await harness.Grains.GetGrain<IEchoGrain>("a").GetKeyAsync();
        await harness.Grains.GetGrain<IEchoGrain>("b").GetKeyAsync();
        Assert.Equal(2, harness.ReportedActivations);

        await harness.CollectIdleAsync(harness.Clock.GetUtcNow(), expected: 2);
        await RuntimeHarness.EventuallyAsync(() => harness.Catalog.Count == 0, "both grains left memory");

        Assert.Equal(0, harness.ReportedActivations);
    }

    [Fact]
    public async Task ReportsBalanceWhenCallsMeetADeactivatingActivation()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<ISlowExitGrain>("handoff");
        await grain.AppendAsync(0);
        await harness.CollectIdleAsync(harness.Clock.GetUtcNow(), expected: 1);
        await harness.Probe.WaitAsync(SlowExitGrain.DeactivatingGate);
        var call = grain.AppendAsync(1);
        harness.Probe.Open(SlowExitGrain.ReleaseGate);
        await call.WaitAsync(Timeout);

        // One activation left memory and one took its place.
        Assert.Equal(1, harness.Catalog.Count);
        Assert.Equal(harness.Catalog.Count, harness.ReportedActivations);
    }

    [Fact]
    public async Task AnActivationThatFailedToActivateIsNotReportedAsLeaving()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IFlakyActivationGrain>("never-active");
        var failing = grain.PingAsync();
        harness.Probe.Open(FlakyActivationGrain.FirstActivationGate);
        await Assert.ThrowsAsync<GrainActivationException>(() => failing.WaitAsync(Timeout));

        Assert.Equal(0, harness.Catalog.Count);
        Assert.Equal(0, harness.ReportedActivations);
    }
}

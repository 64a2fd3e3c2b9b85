using System.Diagnostics;
using QualityMap.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace QualityMap.Tests.Runtime;

public sealed class ManyActivationsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwentyThousandGrainsEachAnswerTheirFirstCall()
    {
        const int grains = 20_000;
        await using var harness = await RuntimeHarness.StartAsync();
        var keys = Enumerable.Range(0, grains).Select(i => $"g{i}").ToList();

        var watch = Stopwatch.StartNew();
        var answers = await Task.WhenAll(keys.Select(k => harness.Grains.GetGrain<IEchoGrain>(k).GetKeyAsync())).WaitAsync(TimeSpan.FromSeconds(30));
        watch.Stop();

        output.WriteLine($"{grains} activations answered in {watch.Elapsed.TotalMilliseconds:F0} ms; catalog count {harness.Catalog.Count}");
        Assert.Equal(keys, answers);
        Assert.Equal(grains, harness.Catalog.Count);
        Assert.Equal(grains, harness.ReportedActivations);
    }
}

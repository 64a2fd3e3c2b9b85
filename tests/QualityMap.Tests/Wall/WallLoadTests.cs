using System.Diagnostics;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>The wall under a burst: many updates a second, folded into a few repaints a second.</summary>
[Collection(WallCollection.Name)]
public sealed class WallLoadTests(ITestOutputHelper output) : IDisposable
{
    private const string Nanhu = "330402";
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ABurstOfReclassificationsIsFoldedIntoAtMostAFewRepaintsASecond()
    {
        // No coalescing on the server: every change reaches the page, which alone must keep its repaints down.
        await using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, new() { ["Live:CoalesceWindow"] = "00:00:00" });
        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.OpenWallAsync(server.WallUrl);
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        var towns = new[] { "330402007", "330402008", "330402009", "330402010" };
        var usccs = Enumerable.Range(5000, 800).Select(s => Uscc(s)).ToList();
        foreach (var chunk in usccs.Chunk(200))
            await server.PostEventsAsync([.. chunk.Select((u, i) => Registered(u, towns[i % towns.Length], yesterday.AddDays(-30)))]);
        var before = await WallState.WaitAsync(page, s => s.Connection == "connected" && s.Children.Count == 7 && s.Child(Nanhu).Monitored == 800,
            TimeSpan.FromSeconds(30));

        // 800 enterprises flip to red, 10 at a time, two requests at once: each flip is a ticker item and changes a
        // town, the county and the city.
        var clock = Stopwatch.StartNew();
        foreach (var pair in usccs.Chunk(10).Chunk(2))
            await Task.WhenAll(pair.Select(chunk => server.PostEventsAsync([.. chunk.Select(u => Sampling(u, false, yesterday))])));
        var after = await WallState.WaitAsync(page, s => s.Child(Nanhu).HighRisk == 800, TimeSpan.FromSeconds(30));
        var seconds = clock.Elapsed.TotalSeconds;

        var updates = after.Updates - before.Updates;
        var repaints = after.Repaints - before.Repaints;
        output.WriteLine($"{updates} updates in {seconds:0.00} s ({updates / seconds:0} a second) took {repaints} repaints ({repaints / seconds:0.0} a second)");
        Assert.True(updates >= 800, $"only {updates} updates reached the wall");
        // The page repaints at most every 250 ms; a little slack for the repaint that closes the burst.
        Assert.True(repaints <= 4 * seconds + 2, $"{repaints} repaints in {seconds:0.00} s");
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>
/// A county opened on the wall draws its trend: 10 enterprises in 建设街道, then 3 fail a sampling (30 %), then 2 more
/// register (3 of 12, 25 %). The series the chart holds is read back from ECharts and must be the API's points.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class WallTrendTests(ITestOutputHelper output) : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private static readonly TimeSpan s_live = TimeSpan.FromSeconds(10);

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task OpeningACountyDrawsItsShareOverTheLast24HoursAndTheLineFollowsNewEvents()
    {
        var settings = new Dictionary<string, string?> { ["Wall:GeoDirectory"] = SharedData.GeoDirectory };
        await using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, settings);
        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.OpenWallAsync(server.WallUrl);

        var usccs = Enumerable.Range(0, 12).Select(i => Uscc(9300 + i, Nanhu)).ToList();
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        await server.PostEventsAsync([.. usccs.Take(10).Select(u => Registered(u, Jianshe, yesterday))]);
        await server.PostEventsAsync([.. usccs.Take(3).Select(u => Sampling(u, passed: false, yesterday))]);
        var state = await WallState.WaitAsync(page, s => s.Connection == "connected" && s.Children.Count == 7 && s.Child(Nanhu).HighRisk == 3, TimeSpan.FromSeconds(30));
        Assert.True(await page.IsHiddenAsync("#trend-box"));   // the city itself has no trend on the wall

        await page.Mouse.ClickAsync((float)state.Child(Nanhu).X, (float)state.Child(Nanhu).Y);
        await WallState.WaitAsync(page, s => s.Region == Nanhu, s_live);
        var drawn = await DrawnSeries.WaitAsync(page, "#trend", series => series[^1].Value == 30m, s_live);
        await AssertDrawnIsTheApisAsync(server, drawn);
        Assert.Null(drawn[0].Value);   // 24 hours ago nothing was monitored
        Assert.Equal("南湖区 高风险企业占比 · 近24小时", await page.InnerTextAsync("#trend-title"));

        // Two more enterprises: 3 of 12. The wall fetches the trend again once the county's counts moved.
        await server.PostEventsAsync([.. usccs.Skip(10).Select(u => Registered(u, Jianshe, yesterday))]);
        drawn = await DrawnSeries.WaitAsync(page, "#trend", series => series[^1].Value == 25m, s_live);
        await AssertDrawnIsTheApisAsync(server, drawn);
        await WallArtifacts.ScreenshotAsync(page, "trend-county", output);

        // Back at the city: no trend.
        await page.ClickAsync("#back");
        await Assertions.Expect(page.Locator("#trend-box")).ToBeHiddenAsync();
        browser.AssertNoCspViolations();
    }

    // The last point is "now" when the page asked, so it is compared by value; every other point exactly.
    private static async Task AssertDrawnIsTheApisAsync(WallServer server, IReadOnlyList<(long At, decimal? Value)> drawn)
    {
        var expected = DrawnSeries.SharesOf((await server.Http.GetFromJsonAsync<JsonObject>($"/api/regions/{Nanhu}/trend?span=24h"))!);
        Assert.Equal(expected.SkipLast(1).Select(p => p.Value), drawn.SkipLast(1).Select(p => p.Value));
        Assert.Equal(expected.Skip(1).SkipLast(1), drawn.Skip(1).SkipLast(1));
        Assert.Equal(expected[^1].Value, drawn[^1].Value);
    }
}

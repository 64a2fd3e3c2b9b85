using Microsoft.Playwright;
using Xunit.Abstractions;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The wall over demo mode (the README's run command): every county coloured, the ticker moving, and 秀洲区 opened with
/// its trend. Their screenshots are the README's: set QUALITYMAP_WALL_SCREENSHOT (docs/wall.png) and
/// QUALITYMAP_TREND_SCREENSHOT (docs/trend.png) to paths to write them there as well.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class WallDemoTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private const string Xiuzhou = "330411";

    [Fact]
    public async Task TheDemoCityFillsTheWallWithColoursAndTheTickerMoves()
    {
        var settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Wall:GeoDirectory"] = SharedData.GeoDirectory };
        await using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, settings);
        await using var browser = await WallBrowser.LaunchAsync();
        // The start page, as a visitor opens it: demo mode sends it to the wall with the demo's wall key.
        var page = await browser.OpenWallAsync($"{server.BaseUrl}/");

        // Seeding ~3,300 enterprises and their history takes a few seconds; the seeded city (seed 20201) then shows
        // every county monitored and at least three colours.
        var state = await WallState.WaitAsync(page,
            s => s.Connection == "connected" && s.Children.Count == 7 && s.Children.All(c => c.Monitored > 0 && c.Fill != "")
                && s.Children.Select(c => c.Colour).Distinct().Count() >= 3,
            TimeSpan.FromMinutes(2));
        Assert.Equal("geo", state.Mode);
        Assert.All(state.Children, c => Assert.NotEqual("no_data", c.Colour));
        await Assertions.Expect(page.Locator("#ticker li")).Not.ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(1000);   // let the last repaint land before the picture

        var path = await WallArtifacts.ScreenshotAsync(page, "demo", output);
        browser.AssertNoCspViolations();
        if (Environment.GetEnvironmentVariable("QUALITYMAP_WALL_SCREENSHOT") is { Length: > 0 } copy)
        {
            File.Copy(path, copy, overwrite: true);
            output.WriteLine($"copied to {Path.GetFullPath(copy)}");
        }
    }

    [Fact]
    public async Task OpeningACountyOfTheDemoCityDrawsItsTrendAsTheLiveEventsMoveIt()
    {
        var settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Wall:GeoDirectory"] = SharedData.GeoDirectory };
        await using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, settings);
        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.OpenWallAsync($"{server.BaseUrl}/");
        var state = await WallState.WaitAsync(page,
            s => s.Connection == "connected" && s.Children.Count == 7 && s.Children.All(c => c.Monitored > 0 && c.Fill != ""), TimeSpan.FromMinutes(2));

        await page.Mouse.ClickAsync((float)state.Child(Xiuzhou).X, (float)state.Child(Xiuzhou).Y);
        await WallState.WaitAsync(page, s => s.Region == Xiuzhou, TimeSpan.FromSeconds(10));
        // The seeding is one step; the live events move the share in later minutes: wait for two of them.
        var drawn = await DrawnSeries.WaitAsync(page, "#trend", series => series.Count(p => p.Value is not null) >= 4, TimeSpan.FromMinutes(4));
        Assert.All(drawn.Where(p => p.Value is not null), p => Assert.InRange(p.Value!.Value, 0m, 100m));
        await page.WaitForTimeoutAsync(1000);

        var path = await WallArtifacts.ScreenshotAsync(page, "demo-trend", output);
        browser.AssertNoCspViolations();
        if (Environment.GetEnvironmentVariable("QUALITYMAP_TREND_SCREENSHOT") is { Length: > 0 } copy)
        {
            File.Copy(path, copy, overwrite: true);
            output.WriteLine($"copied to {Path.GetFullPath(copy)}");
        }
    }
}

using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The wall display in Debian's Chromium against the real silo on a loopback port: events posted over HTTP colour
/// the map live, a county drills down to its towns, and a server restart shows the banner, then clears it.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class WallBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Jiaxing = "330400";
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";   // 建设街道
    private const string Jiefang = "330402008";   // 解放街道
    private const string Red = "#e8333a";         // dashboard/wall/src/palette.js
    private const string Grey = "#4a5568";
    private static readonly TimeSpan s_live = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_slow = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _data = new();

    private static DateTimeOffset Yesterday => DateTimeOffset.UtcNow.AddDays(-1);

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ACountyTurnsRedWithinTwoSecondsDrillsDownToItsRedTownAndARestartShowsThenClearsTheBanner()
    {
        var port = LoopbackPorts.Free();
        var settings = new Dictionary<string, string?> { ["Wall:GeoDirectory"] = SharedData.GeoDirectory };
        var server = new WallServer(port, _data.FullName, settings);
        try
        {
            await using var browser = await WallBrowser.LaunchAsync();
            var page = await browser.OpenWallAsync(server.WallUrl);

            // The city on its GeoJSON map, every county grey: nothing is monitored yet.
            var state = await WallState.WaitAsync(page, s => s.Connection == "connected" && s.Region == Jiaxing && s.Children.Count == 7, s_slow);
            Assert.Equal("geo", state.Mode);
            Assert.False(state.BannerShown);
            Assert.All(state.Children, c => Assert.Equal(("no_data", Grey), (c.Colour, c.Fill)));
            Assert.Equal("嘉兴市产品质量安全地域图", await page.InnerTextAsync("#title"));

            // 10 enterprises in 建设街道, 3 of them fail a sampling: 30 % high-risk, so the town and 南湖区 are red.
            var usccs = Enumerable.Range(0, 10).Select(i => Uscc(9100 + i, Nanhu)).ToList();
            await server.PostEventsAsync([.. usccs.Select(u => Registered(u, Jianshe, Yesterday.AddHours(-1)))]);
            await server.PostEventsAsync([.. usccs.Take(3).Select(u => Sampling(u, passed: false, Yesterday))]);
            var acked = Stopwatch.StartNew();
            state = await WallState.WaitAsync(page, s => s.Child(Nanhu).Fill == Red, s_live);
            output.WriteLine($"南湖区 painted red {acked.ElapsedMilliseconds} ms after the events were acknowledged");
            Assert.Equal(("red", 3, 10), (state.Child(Nanhu).Colour, state.Child(Nanhu).HighRisk, state.Child(Nanhu).Monitored));
            Assert.All(state.Children.Where(c => c.Code != Nanhu), c => Assert.Equal(Grey, c.Fill));
            await WallState.WaitAsync(page, s => s.Child(Nanhu).Warning != "", s_live);
            Assert.Equal("10", await page.InnerTextAsync("#h-monitored"));
            Assert.Equal("3", await page.InnerTextAsync("#h-high"));
            Assert.Equal("1", await page.InnerTextAsync("#h-red-orange"));
            Assert.Equal("1", await page.InnerTextAsync("#h-warnings"));
            await Assertions.Expect(page.Locator("#ticker li.red").Filter(new() { HasText = "赋码 绿码→红码" })).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#ticker li").Filter(new() { HasText = "红色预警" })).ToHaveCountAsync(1);
            await WallArtifacts.ScreenshotAsync(page, "1-county-red", output);

            // Click 南湖区 on the map itself: its towns, 建设街道 red (no county boundaries here: the tile map).
            var nanhu = state.Child(Nanhu);
            await page.Mouse.ClickAsync((float)nanhu.X, (float)nanhu.Y);
            state = await WallState.WaitAsync(page, s => s.Region == Nanhu && s.Children.Count > 1 && s.Children.Any(c => c.Code == Jianshe), s_live);
            Assert.Equal("tiles", state.Mode);
            Assert.Equal(("red", Red), (state.Child(Jianshe).Colour, state.Child(Jianshe).Fill));
            Assert.All(state.Children.Where(c => c.Code != Jianshe), c => Assert.Equal("no_data", c.Colour));
            Assert.True(await page.IsVisibleAsync("#back"));
            await WallArtifacts.ScreenshotAsync(page, "2-drilled-into-county", output);

            // The server goes away: the banner says the data may be stale.
            var epoch = state.Epoch;
            await server.DisposeAsync();
            state = await WallState.WaitAsync(page, s => s.BannerShown, s_slow);
            Assert.Equal("连接中断，正在重连…数据可能已过时", (await page.InnerTextAsync("#banner")).Trim());
            await WallArtifacts.ScreenshotAsync(page, "3-connection-lost", output);

            // It comes back on the same port (a new feed epoch): the wall resubscribes, the banner clears, the
            // colours are those of the stored state, and live changes flow again.
            server = new WallServer(port, _data.FullName, settings);
            state = await WallState.WaitAsync(page, s => !s.BannerShown && s.Connection == "connected" && s.Epoch != epoch, s_slow);
            Assert.Equal(Nanhu, state.Region);
            Assert.Equal(("red", Red), (state.Child(Jianshe).Colour, state.Child(Jianshe).Fill));
            var other = Uscc(9200, Nanhu);
            await server.PostEventsAsync(Registered(other, Jiefang, Yesterday.AddHours(-1)));
            await server.PostEventsAsync(Sampling(other, passed: false, Yesterday));
            state = await WallState.WaitAsync(page, s => s.Child(Jiefang).Fill == Red, s_live);

            await page.ClickAsync("#back");
            state = await WallState.WaitAsync(page, s => s.Region == Jiaxing && s.Child(Nanhu).Monitored == 11, s_live);
            Assert.Equal(("red", Red, 4), (state.Child(Nanhu).Colour, state.Child(Nanhu).Fill, state.Child(Nanhu).HighRisk));
            Assert.False(state.BannerShown);
            await WallArtifacts.ScreenshotAsync(page, "4-reconnected", output);
            browser.AssertNoCspViolations();   // ECharts, the bundle and the hub all run under the service's policy
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}

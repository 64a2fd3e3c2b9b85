using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using QualityMap.Silo.Wall;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Wall;

/// <summary>What the silo serves for the wall: the built page, its settings and the region boundaries.</summary>
public sealed class WallEndpointsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private SiloHost Host(Dictionary<string, string?>? settings = null) => new(_data.FullName, new ManualTimeProvider(), settings);

    [Fact]
    public async Task ConfigNamesTheRootRegionAndServedBoundariesWhenAGeoDirectoryIsSet()
    {
        await using var host = Host(new() { ["Wall:GeoDirectory"] = SharedData.GeoDirectory });
        var config = await host.GetJsonAsync("/wall/config.json");
        Assert.Equal("330400", config["rootCode"]!.GetValue<string>());
        Assert.Equal("嘉兴市", config["rootName"]!.GetValue<string>());
        Assert.Equal("geo/{code}.json", config["geoUrlTemplate"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConfigHasNoBoundariesWithoutGeoSettingsSoTheWallDrawsTiles()
    {
        await using var host = Host();
        var config = await host.GetJsonAsync("/wall/config.json");
        Assert.Equal("330400", config["rootCode"]!.GetValue<string>());
        Assert.Null(config["geoUrlTemplate"]);
    }

    [Fact]
    public async Task ConfigHandsAGeoUrlTemplateToThePage()
    {
        await using var host = Host(new() { ["Wall:GeoUrlTemplate"] = "https://maps.example/areas/{code}_full.json" });
        var config = await host.GetJsonAsync("/wall/config.json");
        Assert.Equal("https://maps.example/areas/{code}_full.json", config["geoUrlTemplate"]!.GetValue<string>());
    }

    [Fact]
    public async Task BoundariesAreServedFromTheGeoDirectoryByDigitsOnlyCodes()
    {
        await using var host = Host(new() { ["Wall:GeoDirectory"] = SharedData.GeoDirectory });
        var geo = await host.GetJsonAsync("/wall/geo/330400.json");
        var codes = geo["features"]!.AsArray().Select(f => f!["properties"]!["adcode"]!.GetValue<int>()).Order();
        Assert.Equal([330402, 330411, 330421, 330424, 330481, 330482, 330483], codes);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/wall/geo/330402.json")).StatusCode);   // no file
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/wall/geo/3304x0.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/wall/geo/..%2F330400.json")).StatusCode);
    }

    [Fact]
    public async Task WithoutAGeoDirectoryNoBoundariesAreServed()
    {
        await using var host = Host();
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/wall/geo/330400.json")).StatusCode);
    }

    [Fact]
    public async Task ThePageAndItsBundleAreServedUnderWallAndTheRootRedirectsThere()
    {
        await using var host = Host();
        var page = await host.Client.GetAsync("/wall/");
        page.EnsureSuccessStatusCode();
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("连接中断，正在重连…数据可能已过时", html);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());

        // Every script and stylesheet the page names is served from the silo itself, nothing from elsewhere
        // (the empty inline favicon only stops the browser asking for /favicon.ico).
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).Where(url => url != "data:,").ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("./assets/", asset);
            var response = await host.Client.GetAsync(new Uri(new Uri("http://localhost/wall/"), asset));
            response.EnsureSuccessStatusCode();
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        }

        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/wall/", (await client.GetAsync("/")).Headers.Location?.OriginalString);
        Assert.Equal("/wall/", (await client.GetAsync("/wall")).Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("Wall:GeoDirectory", "/no/such/directory")]
    [InlineData("Wall:GeoUrlTemplate", "https://maps.example/without-placeholder.json")]
    public async Task BadWallSettingsStopTheSilo(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = Host(new() { [key] = value });
        });
        Assert.Contains("Wall", error.Message);
    }

    [Fact]
    public async Task AGeoDirectoryAndAUrlTemplateTogetherAreRefused()
    {
        await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = Host(new() { ["Wall:GeoDirectory"] = SharedData.GeoDirectory, ["Wall:GeoUrlTemplate"] = "https://x/{code}.json" });
        });
    }

    [Fact]
    public void TheWallOpensOnTheCityBelowTheBuiltInProvince()
    {
        var site = new WallSite(Options.Create(new WallOptions()), Silo.Regions.RegionTreeLoader.LoadBuiltInJiaxing(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<WallSite>.Instance);
        Assert.Equal(new WallConfig("330400", "嘉兴市", null), site.Config);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, WallSite.BundleFolder, "index.html")));
    }
}

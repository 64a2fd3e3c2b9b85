using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Live;

/// <summary>
/// The hub over a real socket with the official JavaScript client in Node: a client that loses its connection
/// while events keep flowing resumes with its last sequence and ends up with exactly the server's map.
/// </summary>
public sealed class JsClientTests : IAsyncLifetime
{
    private const string Jiaxing = "330400";
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new();
    private SiloHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new SiloHost(_data.FullName, _clock, kestrelPort: 0);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DroppedClientResumesWithoutGapOrDuplicateAndEndsWithTheServersMap()
    {
        var tree = _host.Service<RegionTree>();
        var towns = new[] { "330402", "330411", "330421" }.Select(county => tree.ChildrenOf(county)[0].Code).ToList();
        var usccs = new List<string>();
        foreach (var (town, i) in towns.Select((t, i) => (t, i)))
        {
            var batch = Enumerable.Range(1000 * (i + 1), 40).Select(s => Uscc(s)).ToList();
            (await _host.PostEventsAsync([.. batch.Select(u => Registered(u, town, _clock.GetUtcNow().AddDays(-60)))])).EnsureSuccessStatusCode();
            usccs.AddRange(batch);
        }
        await _host.SettleAsync();

        await using var client = NodeLiveClient.Start(_host.BaseAddress, Jiaxing, _host.Credentials.CityKey);
        Assert.Equal(["subscribe"], Strings((await client.SendAsync("connect"))["snapshots"]));

        // Failing samplings in small batches: every one flips an enterprise to red.
        var failed = usccs.Where((_, i) => i % 2 == 0).ToList();
        var chunks = failed.Chunk(3).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i == chunks.Count / 3) await client.SendAsync("drop");
            if (i == 2 * chunks.Count / 3)
            {
                var resumed = await client.SendAsync("connect");
                Assert.NotNull(resumed["resumedFrom"]);
                Assert.Equal(["subscribe"], Strings(resumed["snapshots"]));   // caught up with deltas, no snapshot
            }
            (await _host.PostEventsAsync([.. chunks[i].Select(u => Sampling(u, false, _clock.GetUtcNow().AddDays(-1)))])).EnsureSuccessStatusCode();
            await Task.Delay(15);
        }
        await _host.SettleAsync();

        var expected = Project(await _host.GetJsonAsync($"/api/regions/{Jiaxing}/map"));
        JsonObject view = null!;
        await SiloHost.EventuallyAsync(async () =>
        {
            view = await client.SendAsync("dump");
            return Project(view) == expected;
        });
        Assert.Empty(view["errors"]!.AsArray());
        Assert.Equal(failed.Count, view["enterpriseFlips"]!.GetValue<int>());
        Assert.Contains("raised", Strings(view["warnings"]));
    }

    [Fact]
    public async Task UnknownRegionFailsTheStreamNamingTheCode()
    {
        await using var client = NodeLiveClient.Start(_host.BaseAddress, "999999", _host.Credentials.CityKey);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("connect"));
        Assert.Contains("Unknown region '999999'", error.Message);
    }

    [Fact]
    public async Task ACountyBureauWatchesItsOwnCountyAndIsRefusedAnother()
    {
        var key = await _host.KeyForAsync("nanhu-bureau", Role.CountyBureau, "330402");

        await using (var own = NodeLiveClient.Start(_host.BaseAddress, "330402", key))
            Assert.Equal(["subscribe"], Strings((await own.SendAsync("connect"))["snapshots"]));
        foreach (var other in new[] { "330411", Jiaxing })
        {
            await using var client = NodeLiveClient.Start(_host.BaseAddress, other, key);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("connect"));
            Assert.Contains($"Region {other} is outside the region 330402", error.Message);
        }
        await using var anonymous = NodeLiveClient.Start(_host.BaseAddress, "330402", "qm_nokey_invalid");
        Assert.Contains("401", (await Assert.ThrowsAsync<InvalidOperationException>(() => anonymous.SendAsync("connect"))).Message);
    }

    /// <summary>The fields a map shows, region by region in code order, as one comparable string.</summary>
    private static string Project(JsonObject mapOrView)
    {
        var regions = mapOrView["regions"] is JsonArray viewRegions
            ? viewRegions
            : new JsonArray([mapOrView["region"]!.DeepClone(), .. mapOrView["children"]!.AsArray().Select(c => c!.DeepClone())]);
        return string.Join("\n", regions.Select(r => r!.AsObject())
            .OrderBy(r => r["code"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(r => string.Join("|",
                r["code"], r["colour"], r["highRisk"], r["monitored"], r["reason"],
                r["openWarning"]?["id"], r["openWarning"]?["level"])));
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}

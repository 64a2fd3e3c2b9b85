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
public sealed class JsClientTests() : SiloTest(kestrelPort: 0)
{
    private const string Jiaxing = "330400";

    [Fact]
    public async Task DroppedClientResumesWithoutGapOrDuplicateAndEndsWithTheServersMap()
    {
        var tree = Host.Service<RegionTree>();
        var towns = new[] { "330402", "330411", "330421" }.Select(county => tree.ChildrenOf(county)[0].Code).ToList();
        var usccs = new List<string>();
        foreach (var (town, i) in towns.Select((t, i) => (t, i)))
        {
            var batch = Enumerable.Range(1000 * (i + 1), 40).Select(s => Uscc(s)).ToList();
            (await Host.PostEventsAsync([.. batch.Select(u => Registered(u, town, Clock.GetUtcNow().AddDays(-60)))])).EnsureSuccessStatusCode();
            usccs.AddRange(batch);
        }
        await Host.SettleAsync();

        await using var client = NodeLiveClient.Start(Host.BaseAddress, Jiaxing, Host.Credentials.CityKey);
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
            (await Host.PostEventsAsync([.. chunks[i].Select(u => Sampling(u, false, Clock.GetUtcNow().AddDays(-1)))])).EnsureSuccessStatusCode();
            await Task.Delay(15);
        }
        await Host.SettleAsync();

        var expected = Project(await Host.GetJsonAsync($"/api/regions/{Jiaxing}/map"));
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
        await using var client = NodeLiveClient.Start(Host.BaseAddress, "999999", Host.Credentials.CityKey);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("connect"));
        Assert.Contains("Unknown region '999999'", error.Message);
    }

    [Fact]
    public async Task ACountyBureauWatchesItsOwnCountyAndIsRefusedAnother()
    {
        var key = await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, "330402");

        await using (var own = NodeLiveClient.Start(Host.BaseAddress, "330402", key))
            Assert.Equal(["subscribe"], Strings((await own.SendAsync("connect"))["snapshots"]));
        foreach (var other in new[] { "330411", Jiaxing })
        {
            await using var client = NodeLiveClient.Start(Host.BaseAddress, other, key);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("connect"));
            Assert.Contains($"Region {other} is outside the region 330402", error.Message);
        }
        await using var anonymous = NodeLiveClient.Start(Host.BaseAddress, "330402", "qm_nokey_invalid");
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

}

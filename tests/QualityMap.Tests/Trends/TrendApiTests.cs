using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using QualityMap.Api.Problems;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Trends;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Trends;

/// <summary>
/// A town's trend from live events, by hand: 20 enterprises registered in 建设街道 at 09:00 (Beijing), 2 fail a sampling
/// 5 minutes later (10 %: orange), 2 more an hour later (20 %: red). 南湖区 has only that town with enterprises, and
/// 解放街道 one enterprise of its own, so the county adds both. The same series comes back after a restart and from
/// a store rebuilt from the journal alone.
/// </summary>
public sealed class TrendApiTests
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private const string Jiefang = "330402008";
    private const string Xiuzhou = "330411";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static async Task FeedAsync(SiloHost host)
    {
        var usccs = Enumerable.Range(0, 20).Select(i => Uscc(9100 + i, Nanhu)).ToList();
        (await host.PostEventsAsync([.. usccs.Select((u, i) => Registered(u, Jianshe, Start.AddDays(-30), id: $"trend-reg-{i}"))])).EnsureSuccessStatusCode();
        (await host.PostEventsAsync(Registered(Uscc(9200, Nanhu), Jiefang, Start.AddDays(-30), id: "trend-reg-jiefang"))).EnsureSuccessStatusCode();
        await host.SettleAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(20)));
        (await host.PostEventsAsync(Sampling(usccs[0], false, Start, id: "trend-smp-0"), Sampling(usccs[1], false, Start, id: "trend-smp-1"))).EnsureSuccessStatusCode();
        await host.SettleAsync();
        host.Clock.Advance(TimeSpan.FromHours(1));
        (await host.PostEventsAsync(Sampling(usccs[2], false, Start, id: "trend-smp-2"), Sampling(usccs[3], false, Start, id: "trend-smp-3"))).EnsureSuccessStatusCode();
        await host.SettleAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(10));
    }

    private static IEnumerable<string> Points(JsonObject trend) => trend["points"]!.AsArray().Select(p =>
        $"{p!["at"]!.GetValue<DateTimeOffset>():HH:mm} {p["highRisk"]} {p["monitored"]} {p["sharePercent"]?.GetValue<decimal>().ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "null"} {p["colour"]}");

    [Fact]
    public async Task ATownsTrendFollowsItsEventsByTheMinuteAndItsCountyAddsItsTowns()
    {
        using var data = new TempDirectory();
        await using var host = new SiloHost(data.FullName, new ManualTimeProvider(Start));
        await FeedAsync(host);

        var town = await host.GetJsonAsync($"/api/regions/{Jianshe}/trend?span=24h");
        Assert.Equal("24h", town["span"]!.GetValue<string>());
        Assert.Equal(Start.AddMinutes(75 - 1439), town["from"]!.GetValue<DateTimeOffset>());
        Assert.Equal(
            ["02:16 0 0 null no_data", "01:00 0 20 0 green", "01:05 2 20 10 orange", "02:05 4 20 20 red", "02:15 4 20 20 red"],
            Points(town));
        Assert.Equal(5m, town["bands"]!["yellowPercent"]!.GetValue<decimal>());
        Assert.Equal(20m, town["bands"]!["redPercent"]!.GetValue<decimal>());

        // The county counts 21: 2 of them is 9.5 % (yellow), 4 is 19 % (orange).
        var county = await host.GetJsonAsync($"/api/regions/{Nanhu}/trend");
        Assert.Equal(
            ["02:16 0 0 null no_data", "01:00 0 21 0 green", "01:05 2 21 9.5 yellow", "02:05 4 21 19 orange", "02:15 4 21 19 orange"],
            Points(county));
        var city = await host.GetJsonAsync("/api/regions/330400/trend");
        Assert.Equal(Points(county), Points(city));

        // By the day: one day bucket (09:00 Beijing is in the day that began at 16:00 UTC the day before), after the
        // span's first day, which also begins at 16:00 UTC.
        var quarter = await host.GetJsonAsync($"/api/regions/{Jianshe}/trend?span=90d");
        Assert.Equal(["16:00 0 0 null no_data", "16:00 4 20 20 red", "02:15 4 20 20 red"], Points(quarter));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.Zero).AddDays(-89), quarter["from"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task ATrendIsServedInTheRegionsScopeAndABadSpanIsRefusedByName()
    {
        using var data = new TempDirectory();
        await using var host = new SiloHost(data.FullName, new ManualTimeProvider(Start));
        var county = host.ClientWithKey(await host.KeyForAsync("trend-nanhu", Role.CountyBureau, Nanhu));
        var wall = host.ClientWithKey(await host.KeyForAsync("trend-wall", Role.WallViewer, "330400"));

        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/regions/{Jianshe}/trend")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wall.GetAsync($"/api/regions/{Xiuzhou}/trend?span=90d")).StatusCode);
        await ProblemAssert.IsAsync(await county.GetAsync($"/api/regions/{Xiuzhou}/trend"), HttpStatusCode.Forbidden, ProblemTypes.OutOfScope, "code");
        await ProblemAssert.IsAsync(await county.GetAsync("/api/regions/330400/trend"), HttpStatusCode.Forbidden, ProblemTypes.OutOfScope, "code");
        await ProblemAssert.IsAsync(await host.Client.GetAsync($"/api/regions/{Nanhu}/trend?span=7d"), HttpStatusCode.BadRequest, ProblemTypes.InvalidQuery, "span", "one-of");
        await ProblemAssert.IsAsync(await host.Client.GetAsync("/api/regions/330499/trend"), HttpStatusCode.NotFound, ProblemTypes.UnknownRegion, "code");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous.GetAsync($"/api/regions/{Nanhu}/trend")).StatusCode);
    }

    [Fact]
    public async Task TheSeriesAndAClassHistoryAfterARestartAndAfterARebuildFromTheJournalAreTheLiveOnes()
    {
        using var data = new TempDirectory();
        using var rebuilt = new TempDirectory();
        var clock = new ManualTimeProvider(Start);
        var codes = new[] { Jianshe, Jiefang, Nanhu, "330400" };
        var live = new Dictionary<string, string>();
        // An enterprise's class history too: low from its registration, high from its failed sampling.
        var enterprise = $"/api/enterprises/{Uscc(9100, Nanhu)}";
        string history;
        await using (var host = new SiloHost(data.FullName, clock))
        {
            await FeedAsync(host);
            foreach (var code in codes)
                foreach (var span in new[] { "24h", "90d" })
                    live[$"{code} {span}"] = (await host.GetJsonAsync($"/api/regions/{code}/trend?span={span}")).ToJsonString();
            history = await HistoryAsync(host, enterprise);
        }
        Assert.Contains("\"high\"", history);
        Assert.Contains("\"red\"", live[$"{Jianshe} 24h"]);

        await using (var restarted = new SiloHost(data.FullName, clock))
        {
            await restarted.SettleAsync();
            foreach (var (key, json) in live) Assert.Equal(json, await TrendAsync(restarted, key));
            Assert.Equal(history, await HistoryAsync(restarted, enterprise));
        }

        var rebuild = await JournalRebuilder.RebuildAsync(
            new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = data.FullName },
            new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = rebuilt.FullName },
            new ConfigurationBuilder().Build());
        Assert.True(rebuild.Equal, string.Join('\n', rebuild.Differences));
        await using (var fromJournal = new SiloHost(rebuilt.FullName, clock))
        {
            await fromJournal.SettleAsync();
            foreach (var (key, json) in live) Assert.Equal(json, await TrendAsync(fromJournal, key));
            Assert.Equal(history, await HistoryAsync(fromJournal, enterprise));
        }
    }

    [Fact]
    public async Task ATrendThatLostChangesWithItsSiloIsCorrectedToTheCompleteCountsWhenItsTownIsSeeded()
    {
        using var data = new TempDirectory();
        var clock = new ManualTimeProvider(Start);
        await using (var host = new SiloHost(data.FullName, clock))
        {
            await FeedAsync(host);
            // As if 3 monitored enterprises had been recorded that the stored enterprise states do not hold.
            await host.Service<IGrainFactory>().GetGrain<IRegionTrendGrain>(Jianshe)
                .RecordAsync([new TrendDelta(TrendRules.MinuteOf(clock.GetUtcNow()), new TrendCounts(0, 3))], null, clock.GetUtcNow());
            Assert.Equal("02:15 4 23 17.4 orange", Points(await host.GetJsonAsync($"/api/regions/{Jianshe}/trend")).Last());
        }
        clock.Advance(TimeSpan.FromMinutes(3));
        await using var restarted = new SiloHost(data.FullName, clock);
        await restarted.SettleAsync();
        await SiloHost.EventuallyAsync(async () =>
            Points(await restarted.GetJsonAsync($"/api/regions/{Jianshe}/trend")).Last() == "02:18 4 20 20 red");
        Assert.Equal(
            ["02:19 0 0 null no_data", "01:00 0 20 0 green", "01:05 2 20 10 orange", "02:05 4 20 20 red", "02:15 4 23 17.4 orange", "02:18 4 20 20 red", "02:18 4 20 20 red"],
            Points(await restarted.GetJsonAsync($"/api/regions/{Jianshe}/trend")));
    }

    private static async Task<string> HistoryAsync(SiloHost host, string enterprise) =>
        (await host.GetJsonAsync(enterprise))["history"]!.ToJsonString();

    private static async Task<string> TrendAsync(SiloHost host, string key)
    {
        var (code, span) = (key.Split(' ')[0], key.Split(' ')[1]);
        return (await host.GetJsonAsync($"/api/regions/{code}/trend?span={span}")).ToJsonString();
    }
}

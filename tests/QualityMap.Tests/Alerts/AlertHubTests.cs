using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Live;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Alerts;

/// <summary>
/// Live alerts to bureaus over the hub with the official JavaScript client: own county only, acknowledgement,
/// re-send and escalation to the city on the injected clock, and what a bureau missed while offline.
/// </summary>
public sealed class AlertHubTests()
    : SiloTest(settings: new() { ["Alerts:ResendAfter"] = "00:10:00", ["Alerts:EscalateAfter"] = "00:20:00" }, kestrelPort: 0)
{
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";
    private const string Jianshe = "330402007";

    [Fact]
    public async Task ACountyBureauGetsItsOwnAlertsAcknowledgesThemAndMissesNothingWhileOfflineAndTheCityGetsWhatNobodyAnswered()
    {
        await using var nanhu = NodeLiveClient.Start(Host.BaseAddress, Nanhu, await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, Nanhu), "alert-client.mjs");
        await using var xiuzhou = NodeLiveClient.Start(Host.BaseAddress, Xiuzhou, await Host.KeyForAsync("xiuzhou-bureau", Role.CountyBureau, Xiuzhou), "alert-client.mjs");
        await using var city = NodeLiveClient.Start(Host.BaseAddress, TestCredentials.City, Host.Credentials.CityKey, "alert-client.mjs");
        foreach (var client in new[] { nanhu, xiuzhou, city }) await client.SendAsync("connect");

        // 1 of 10 high-risk: 建设街道 and 南湖区 turn orange; 南湖 gets a formal warning.
        var usccs = Enumerable.Range(900, 10).Select(s => Uscc(s)).ToList();
        var day = Clock.GetUtcNow().AddDays(-1);
        (await Host.PostEventsAsync([.. usccs.Select(u => Registered(u, Jianshe, day.AddDays(-30)))])).EnsureSuccessStatusCode();
        (await Host.PostEventsAsync(Sampling(usccs[0], false, day))).EnsureSuccessStatusCode();
        var alerts = await AlertsAsync(nanhu, a => a.Any(x => Kind(x) == "warning_raised") && a.Any(x => Kind(x) == "town_orange"));
        var raised = alerts.Single(a => Kind(a) == "warning_raised");
        Assert.Empty(await AlertsAsync(xiuzhou, _ => true));

        var acked = (await nanhu.SendAsync($"ack {raised["id"]}"))["alert"]!;
        Assert.Equal("nanhu-bureau", acked["acknowledgedBy"]!.GetValue<string>());

        // Offline while the county turns red: the same conditions do not page twice, the new ones wait for it.
        await nanhu.SendAsync("drop");
        (await Host.PostEventsAsync(Sampling(usccs[1], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();

        // Nobody answers the town alerts: re-sent after 10 minutes, raised to the city after 20.
        Clock.Advance(TimeSpan.FromMinutes(21));
        var escalated = await AlertsAsync(city, a => a.Any(x => Kind(x) == "escalated"));
        Assert.All(escalated.Where(x => Kind(x) == "escalated"), x => Assert.StartsWith("【升级】南湖区", x["title"]!.GetValue<string>()));

        await nanhu.SendAsync("connect");
        alerts = await AlertsAsync(nanhu, a => a.Any(x => Kind(x) == "warning_escalated") && a.Any(x => Kind(x) == "town_red"));
        Assert.Single(alerts, x => Kind(x) == "warning_raised");                     // one alert per condition
        var orange = alerts.Single(x => Kind(x) == "town_orange");
        Assert.NotNull(orange["resentAt"]);
        Assert.NotNull(orange["escalatedAt"]);
        Assert.Null(alerts.Single(x => Kind(x) == "warning_raised")["escalatedAt"]);   // acknowledged in time
        Assert.Empty(await AlertsAsync(xiuzhou, _ => true));

        // Open alerts are counted for the operators; the acknowledged one is not.
        var open = (await Host.Anonymous.GetStringAsync("/metrics")).Split('\n')
            .Where(l => l.StartsWith("qualitymap_alerts_unacknowledged{", StringComparison.Ordinal) && l.Contains($"region=\"{Nanhu}\"")).ToList();
        Assert.Contains(open, l => l.Contains("kind=\"town_orange\"") && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.DoesNotContain(open, l => l.Contains("kind=\"warning_raised\""));

        // The county cannot read or acknowledge another county's alerts.
        var other = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-2", Role.CountyBureau, Xiuzhou));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/alerts/{Nanhu}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/alerts/{Nanhu}/{orange["id"]}/acknowledgement", null)).StatusCode);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => xiuzhou.SendAsync($"ack {orange["id"]} {Nanhu}"));
        Assert.Contains("is outside the region 330411", refused.Message, StringComparison.Ordinal);
    }

    private static string Kind(JsonNode alert) => alert["kind"]!.GetValue<string>();

    private static async Task<List<JsonNode>> AlertsAsync(NodeLiveClient client, Func<List<JsonNode>, bool> done)
    {
        List<JsonNode> alerts = [];
        await SiloHost.EventuallyAsync(async () =>
        {
            alerts = [.. (await client.SendAsync("dump"))["alerts"]!.AsArray().Select(a => a!)];
            return done(alerts);
        });
        return alerts;
    }

}

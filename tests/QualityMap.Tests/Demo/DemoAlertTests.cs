using System.Globalization;
using System.Text.Json.Nodes;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Regions;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;

namespace QualityMap.Tests.Demo;

/// <summary>
/// Issue 20 on the demo as filed (the default population at 5 events/s): thirty minutes of live demo on the manual
/// clock, stepped a second at a time through the whole silo. Towns hover at their thresholds all the while, yet no
/// county's alert list, the busiest's included, holds a condition twice: each return updated its open alert.
/// </summary>
public sealed class DemoAlertTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Run = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task OverThirtyMinutesOfTheDemoNoCountysAlertListShowsAConditionTwice()
    {
        var options = new DemoOptions();
        var seeded = DemoDataGenerator.Generate(RegionTreeLoader.LoadBuiltInJiaxing(), _clock.GetUtcNow(), options.Seed, options.Enterprises).Events.Count;
        await using var host = new SiloHost(_data.FullName, _clock, new() { ["Demo:Enabled"] = "true" });
        var journal = host.Service<IJournal>();
        await AppliedAsync(host, seeded);
        await host.SettleAsync();

        var end = _clock.GetUtcNow() + Run;
        while (_clock.GetUtcNow() < end)
        {
            _clock.Advance(Step);
            await Task.Delay(15);
        }
        var journaled = await journal.LastSeqAsync();
        await AppliedAsync(host, journaled);
        await host.SettleAsync();

        var counties = host.Service<RegionTree>().ChildrenOf(TestCredentials.City);
        var lists = new Dictionary<string, List<JsonNode>>();
        foreach (var county in counties)
            lists[county.Name] = [.. (await host.GetJsonArrayAsync($"/api/alerts/{county.Code}")).Select(a => a!)];
        var (busiest, alerts) = lists.MaxBy(l => l.Value.Count(IsTownAlert));
        var returns = alerts.Sum(a => a["returns"]!.GetValue<int>());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"journal {seeded} seeded, {journaled} after the run; busiest {busiest}: {alerts.Count} alerts, {alerts.Count(IsTownAlert)} of towns, {returns} returns folded, {alerts.Count(a => a["flapping"]!.GetValue<bool>())} flapping"));

        Assert.All(lists, list => Assert.All(list.Value.GroupBy(a => a["key"]!.GetValue<string>()), byKey => Assert.Single(byKey)));
        // Not vacuous: the busiest county's towns did come back within the hold, each time into the alert already open.
        Assert.True(returns > 0, $"no town of {busiest} came back within the hold in {Run}");
    }

    // On a busy machine seeding and applying run longer than SiloHost's 30 s waits; minutes are still a failure.
    private static async Task AppliedAsync(SiloHost host, long seq)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        var dispatcher = host.Service<IGrainFactory>().GetGrain<IJournalDispatchGrain>(IJournalDispatchGrain.Key);
        while ((await dispatcher.GetProgressAsync()).AppliedThrough < seq)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the journal was not applied through seq {seq} in 5 minutes");
            await Task.Delay(200);
        }
    }

    private static bool IsTownAlert(JsonNode alert) => alert["kind"]!.GetValue<string>() is "town_red" or "town_orange";
}

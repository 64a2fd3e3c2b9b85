using System.Text.RegularExpressions;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Silo.Demo;
using Xunit.Abstractions;

namespace QualityMap.Tests.Demo;

/// <summary>An hour of the live demo at 5 events/s, stepped by hand over the default population.</summary>
public sealed partial class DemoLiveEventSourceTests(DemoDataFixture fixture, ITestOutputHelper output) : IClassFixture<DemoDataFixture>
{
    private const double EventsPerSecond = 5;
    private static readonly TimeSpan s_duration = TimeSpan.FromHours(1);

    [Fact]
    public void AnHourOfLiveEventsKeepsTheShareNearItsTargetAndTheMapMoving()
    {
        var run = Simulate(seed: 1);

        output.WriteLine(
            $"target {run.Target:P2}; share min {run.MinShare:P2}, max {run.MaxShare:P2}, end {run.EndShare:P2}; " +
            $"{run.Ups} up, {run.Downs} down, {run.TownColourChanges} town and {run.CountyColourChanges} county colour changes");
        Assert.InRange(run.MinShare, run.Target - 0.02, run.Target);
        Assert.InRange(run.MaxShare, run.Target, run.Target + 0.02);
        Assert.InRange(run.EndShare, run.Target - 0.015, run.Target + 0.015);
        // Both ways, many times over: the map moves all the time.
        Assert.True(run.Ups > 300 && run.Downs > 300, $"{run.Ups} up, {run.Downs} down");
        Assert.True(run.TownColourChanges > 200, $"{run.TownColourChanges} town colour changes");
        Assert.True(run.EndCountyColours >= 3, $"{run.EndCountyColours} county colours at the end");
    }

    [Fact]
    public void LiveEventsAreMostlyPassedSamplingsWithAFewPercentFailed()
    {
        var run = Simulate(seed: 2);
        var samplings = run.Events.OfType<SamplingResult>().ToList();
        var failedShare = (double)samplings.Count(s => !s.Passed) / samplings.Count;
        var kinds = run.Events.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"failed samplings {failedShare:P1}; {string.Join(", ", kinds)}");

        Assert.InRange(failedShare, 0.04, 0.07);
        Assert.InRange((double)samplings.Count / run.Events.Count, 0.8, 0.95);
        string[] expected =
        [
            EventKinds.AdministrativePenalty, EventKinds.LicenceSuspended, EventKinds.LicenceRestored,
            EventKinds.DishonestyListed, EventKinds.DishonestyDelisted, EventKinds.ReinspectionResult,
        ];
        Assert.All(expected, kind => Assert.Contains(run.Events, e => e.Kind == kind));
    }

    [Fact]
    public void RestorationsAndDelistingsOnlyLiftWhatHolds()
    {
        var run = Simulate(seed: 3);

        // Replayed in order over the seeded history: every lift finds its suspension or listing in force.
        var facts = fixture.Data.Events.GroupBy(e => e.Uscc)
            .ToDictionary(g => g.Key, g => g.Aggregate(EnterpriseFacts.None, (f, e) => f.With(e)));
        var listingNos = fixture.Data.Events.OfType<DishonestyListed>().GroupBy(l => l.Uscc).ToDictionary(g => g.Key, g => g.Last().ListingNo);
        foreach (var evt in run.Events)
        {
            var before = facts[evt.Uscc];
            switch (evt)
            {
                case LicenceRestored:
                    Assert.Equal(LicenceStanding.Suspended, before.Licence?.Value);
                    break;
                case LicenceSuspended:
                    Assert.NotEqual(LicenceStanding.Suspended, before.Licence?.Value);
                    break;
                case DishonestyDelisted delisted:
                    Assert.True(before.DishonestyListing?.Value, $"{evt.EventId} delists an enterprise that is not listed");
                    Assert.Equal(listingNos[evt.Uscc], delisted.ListingNo);
                    break;
                case DishonestyListed listed:
                    Assert.NotEqual(true, before.DishonestyListing?.Value);
                    listingNos[evt.Uscc] = listed.ListingNo;
                    break;
            }

            facts[evt.Uscc] = before.With(evt);
        }
    }

    [Fact]
    public void LiveEventsHaveUniqueIdsAndPassTheValidationOfTheIngestEndpoint()
    {
        var run = Simulate(seed: 4, duration: TimeSpan.FromMinutes(10));

        Assert.Equal(run.Events.Count, run.Events.Select(e => e.EventId).Distinct().Count());
        Assert.All(run.Events, e => Assert.Matches(LiveIdPattern(), e.EventId));
        Assert.All(run.Events, e =>
        {
            var result = DemoMap.ParseAsIngested(e, new TreeValidationContext(fixture.Regions, e.OccurredAt));
            Assert.True(result.IsSuccess, $"{e.EventId}: {string.Join("; ", result.Errors)}");
        });
    }

    [Fact]
    public void TheFleetAgreesWithTheClassifierOverTheWholeJournal()
    {
        var run = Simulate(seed: 5, duration: TimeSpan.FromMinutes(30));

        var recomputed = DemoMap.HighRiskAt(fixture.Data.Events.Concat(run.Events), run.End);

        Assert.Equal(recomputed.Count, run.Fleet.HighRiskCount);
        Assert.All(recomputed, uscc => Assert.True(run.Fleet.TryGetIndex(uscc, out var i) && run.Fleet.IsHighRisk(i)));
    }

    private DemoSimulationRun Simulate(int seed, TimeSpan? duration = null)
    {
        var data = fixture.Data;
        var start = DemoDataFixture.Now;
        var fleet = new DemoFleet(data.Enterprises, data.Events, new ClassificationOptions(), start);
        var source = new DemoLiveEventSource(fleet, new Random(seed), "demo-live-1-", fleet.HighRiskShare);
        var townOf = data.Enterprises.Select(e => e.TownCode).ToArray();
        var countyOf = data.Enterprises.Select(e => e.CountyCode).ToArray();
        var towns = Counts(fleet, townOf);
        var counties = Counts(fleet, countyOf);

        var run = new DemoSimulationRun(fleet, source.TargetShare);
        var random = new Random(seed);
        var now = start;
        var end = start + (duration ?? s_duration);
        while (now < end)
        {
            now += TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) / EventsPerSecond);
            var before = Snapshot(fleet);
            var evt = source.Next(now);
            run.Events.Add(evt);
            for (var i = 0; i < fleet.Count; i++)
            {
                if (before[i] == fleet.IsHighRisk(i))
                {
                    continue;
                }

                if (fleet.IsHighRisk(i))
                {
                    run.Ups++;
                }
                else
                {
                    run.Downs++;
                }

                run.TownColourChanges += Move(towns, townOf[i], fleet.IsHighRisk(i));
                run.CountyColourChanges += Move(counties, countyOf[i], fleet.IsHighRisk(i));
            }

            run.MinShare = Math.Min(run.MinShare, fleet.HighRiskShare);
            run.MaxShare = Math.Max(run.MaxShare, fleet.HighRiskShare);
        }

        run.End = now;
        run.EndShare = fleet.HighRiskShare;
        run.EndCountyColours = counties.Values.Select(c => DemoMap.Colour((c[0], c[1]))).Distinct().Count();
        return run;
    }

    private static bool[] Snapshot(DemoFleet fleet) => Enumerable.Range(0, fleet.Count).Select(fleet.IsHighRisk).ToArray();

    private static Dictionary<string, int[]> Counts(DemoFleet fleet, string[] regionOf)
    {
        var counts = new Dictionary<string, int[]>();
        for (var i = 0; i < fleet.Count; i++)
        {
            var c = counts.TryGetValue(regionOf[i], out var existing) ? existing : counts[regionOf[i]] = new int[2];
            c[0] += fleet.IsHighRisk(i) ? 1 : 0;
            c[1]++;
        }

        return counts;
    }

    // 1 when the region's colour changed.
    private static int Move(Dictionary<string, int[]> counts, string region, bool up)
    {
        var c = counts[region];
        var before = DemoMap.Colour((c[0], c[1]));
        c[0] += up ? 1 : -1;
        return before == DemoMap.Colour((c[0], c[1])) ? 0 : 1;
    }

    [GeneratedRegex(@"^demo-live-1-\d+$")]
    private static partial Regex LiveIdPattern();
}

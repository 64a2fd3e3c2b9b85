using System.Diagnostics;
using QualityMap.Grains.Regions;

namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// A burst of reclassifying events spread over the country, ingested at once (batches of 1,000, all in flight), timed
/// until every province — the national root is their sum — counts the new high-risk enterprises.
/// </summary>
public static class Burst
{
    public sealed record Result(int Events, TimeSpan Acknowledged, TimeSpan NationalRootUpdated);

    public static async Task<Result> MeasureAsync(InProcessSilo silo, Fleet fleet, int count)
    {
        var tree = silo.Service<RegionTree>();
        var grains = silo.Service<IGrainFactory>();
        var time = silo.Service<TimeProvider>();
        var before = await NationalHighRiskAsync(tree, grains);
        var events = fleet.Burst(count, time.GetUtcNow().AddDays(-1));

        var clock = Stopwatch.StartNew();
        await Seeding.IngestAsync(silo, events, inFlight: Math.Max(1, count / Seeding.BatchSize));
        var acknowledged = clock.Elapsed;
        while (await NationalHighRiskAsync(tree, grains) < before + count)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("The national root did not reflect the burst within 5 minutes.");
            await Task.Delay(5);
        }
        return new Result(count, acknowledged, clock.Elapsed);
    }

    public static async Task<int> NationalHighRiskAsync(RegionTree tree, IGrainFactory grains)
    {
        var provinces = await Task.WhenAll(tree.Roots.Select(p => grains.GetGrain<IRegionGrain>(p.Code).GetAsync()));
        return provinces.Sum(p => p.Region.HighRisk);
    }
}

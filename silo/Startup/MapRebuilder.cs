using System.Diagnostics;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Runtime;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Rebuilds the region counts from the stored enterprise states: region aggregates are derived, never stored,
/// so they cannot drift from the enterprises. Counties start deciding warnings only once every town has
/// reported, so partial counts during the rebuild never raise a warning.
/// </summary>
public sealed class MapRebuilder(IGrainStateStore states, IGrainFactory grains, RegionTree tree, SupervisionOptions supervision, ILogger<MapRebuilder> logger)
{
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var byTown = new Dictionary<string, List<EnterpriseStatus>>(StringComparer.Ordinal);
        var enterprises = 0;
        if (supervision.Scheme == ClassificationScheme.Credit)
        {
            // The credit scheme's map counts what each operator's supervision last reported to its town.
            await foreach (var stored in states.ReadAllAsync(nameof(SupervisionGrain), cancellationToken))
            {
                var state = GrainStateSerializer.Deserialize<SupervisionState>(stored.Payload);
                enterprises++;
                if (state is not { MapTown: { } credited, MapStatus: { } status } || !tree.IsTown(credited)) continue;
                if (!byTown.TryGetValue(credited, out var list)) byTown[credited] = list = [];
                list.Add(status);
            }
        }
        else await foreach (var stored in states.ReadAllAsync(nameof(EnterpriseGrain), cancellationToken))
        {
            var state = GrainStateSerializer.Deserialize<StoredEnterpriseStatus>(stored.Payload);
            enterprises++;
            if (state.TownCode is not { } town) continue;
            if (!tree.IsTown(town))
            {
                logger.LogWarning("Enterprise {Uscc} is in {Town}, which the region tree does not have; it is not counted", stored.Key, town);
                continue;
            }
            if (!byTown.TryGetValue(town, out var statuses)) byTown[town] = statuses = [];
            statuses.Add(state.StatusFor(stored.Key));
        }
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Enterprises} stored states)", "read-states", clock.ElapsedMilliseconds, enterprises);
        clock.Restart();
        // Awaiting each town's turn queues its report to the county before the county is told to decide.
        await Task.WhenAll(byTown.Select(t => grains.GetGrain<IRegionGrain>(t.Key).SeedAsync(t.Value)));
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Towns} towns)", "seed-towns", clock.ElapsedMilliseconds, byTown.Count);
        clock.Restart();
        var counties = tree.All.Where(r => r.Level == RegionLevel.County).ToList();
        await Task.WhenAll(counties.Select(c => grains.GetGrain<IRegionGrain>(c.Code).EnableWarningsAsync()));
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Counties} counties)", "enable-warnings", clock.ElapsedMilliseconds, counties.Count);
        logger.LogInformation("Map rebuilt from {Enterprises} stored enterprises in {Towns} towns", enterprises, byTown.Count);
    }
}

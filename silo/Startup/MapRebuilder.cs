using System.Diagnostics;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Rebuilds the region counts from the stored enterprise states: region aggregates are derived, never stored,
/// so they cannot drift from the enterprises. Every town of the tree is seeded, those without enterprises too: a county
/// decides warnings only once each of its towns has been seeded (<see cref="ChildReport.Complete"/>), so partial
/// counts during the rebuild never raise a warning.
/// </summary>
public sealed class MapRebuilder(
    IGrainStateStore states,
    PrimedGrainStateStore primed,
    IGrainFactory grains,
    RegionTree tree,
    SupervisionOptions supervision,
    ILogger<MapRebuilder> logger)
{
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (counted, enterprises) = supervision.Scheme == ClassificationScheme.Credit
            // The credit scheme's map counts what each operator's supervision last reported to its town.
            ? await ParallelStateReader.ConvertAllAsync(states.ReadAllAsync(nameof(SupervisionGrain), cancellationToken), CreditStatus, cancellationToken)
            : await ParallelStateReader.ConvertAllAsync(states.ReadAllAsync(nameof(EnterpriseGrain), cancellationToken), EnterpriseStatus, cancellationToken);
        var byTown = counted.GroupBy(c => c.Town, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Status).ToList(), StringComparer.Ordinal);
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Enterprises} stored states)", "read-states", clock.ElapsedMilliseconds, enterprises);

        // Every region grain is about to be activated; one query instead of one read per activation.
        clock.Restart();
        var withState = await primed.PrimeAsync(nameof(RegionGrain), tree.All.Select(r => r.Code), cancellationToken);
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({WithState} of the regions have a stored state)", "region-states", clock.ElapsedMilliseconds, withState);

        try
        {
            clock.Restart();
            var towns = tree.All.Where(r => r.Level == RegionLevel.Town).ToList();
            await Task.WhenAll(towns.Select(t => grains.GetGrain<IRegionGrain>(t.Code).SeedAsync(byTown.GetValueOrDefault(t.Code, []))));
            logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Towns} towns)", "seed-towns", clock.ElapsedMilliseconds, towns.Count);
        }
        finally
        {
            primed.Release(nameof(RegionGrain));
        }
        logger.LogInformation("Map rebuilt from {Enterprises} stored enterprises in {Towns} towns", enterprises, byTown.Count);
    }

    private TownStatus? CreditStatus(StoredGrainState stored)
    {
        var state = GrainStateSerializer.Deserialize<SupervisionState>(stored.Payload);
        return state is { MapTown: { } credited, MapStatus: { } status } && tree.IsTown(credited) ? new TownStatus(credited, status) : null;
    }

    private TownStatus? EnterpriseStatus(StoredGrainState stored)
    {
        var state = GrainStateSerializer.Deserialize<StoredEnterpriseStatus>(stored.Payload);
        if (state.TownCode is not { } town) return null;
        if (!tree.IsTown(town))
        {
            logger.LogWarning("Enterprise {Uscc} is in {Town}, which the region tree does not have; it is not counted", stored.Key, town);
            return null;
        }
        return new TownStatus(town, state.StatusFor(stored.Key));
    }

    private sealed record TownStatus(string Town, EnterpriseStatus Status);
}

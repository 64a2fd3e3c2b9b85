using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Runtime;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Silo.Rebuild;

/// <summary>
/// Waits until the map is quiet: every journaled event applied, and every one-way notification it caused delivered.
/// A call to a grain queues behind the messages already in its mailbox, so calling each grain on the way, in the
/// order the messages travel, proves they have arrived: under the credit scheme the enterprises tell their
/// supervision grains, which tell the towns; then the towns tell the counties, and so on up.
/// </summary>
public static class MapSettling
{
    public static async Task SettleAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var dispatcher = services.GetRequiredService<JournalDispatcher>();
        await dispatcher.WaitUntilAppliedAsync(cancellationToken);
        await dispatcher.SettleAsync(cancellationToken);   // and write-behind states stored, for readers of storage
        var grains = services.GetRequiredService<IGrainFactory>();
        if (services.GetRequiredService<SupervisionOptions>().Scheme == ClassificationScheme.Credit)
        {
            await Task.WhenAll(services.GetRequiredService<KnownEnterprises>().All
                .Select(uscc => grains.GetGrain<ISupervisionGrain>(uscc).GetTaskAsync("")));   // any call; this one reads nothing
        }
        await SettleRegionsAsync(services);
    }

    /// <summary>A call to each region, bottom-up, queues behind the notifications already in its mailbox.</summary>
    public static async Task SettleRegionsAsync(IServiceProvider services)
    {
        var tree = services.GetRequiredService<RegionTree>();
        var grains = services.GetRequiredService<IGrainFactory>();
        foreach (var level in new[] { RegionLevel.Town, RegionLevel.County, RegionLevel.City, RegionLevel.Province })
        {
            await Task.WhenAll(tree.All.Where(r => r.Level == level).Select(r => grains.GetGrain<IRegionGrain>(r.Code).GetAsync()));
        }
    }
}

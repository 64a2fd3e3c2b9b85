using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Silo.Rebuild;

/// <summary>
/// Waits until the map is quiet: every journaled event applied. An enterprise answers once its supervision grain and
/// its town, county and city took the change (under the credit scheme the supervision grain tells the town, and waits
/// too), so an applied event has reached the map; the reads below then find every region current.
/// </summary>
public static class MapSettling
{
    public static async Task SettleAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var dispatcher = services.GetRequiredService<JournalDispatcher>();
        await dispatcher.WaitUntilAppliedAsync(cancellationToken);
        await SettleRegionsAsync(services);
    }

    /// <summary>Reads every region, bottom-up.</summary>
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

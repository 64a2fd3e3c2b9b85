using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;
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
        await SettleWarningsAsync(services, cancellationToken);
    }

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// A warning grain tells its county of a workflow step one-way (the county may be waiting for that very grain), so
    /// a step answered may not be on the map yet: waits until every county, and the county's entry in its parent, show
    /// the county's latest warning as the warning grain has it.
    /// </summary>
    public static async Task SettleWarningsAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var tree = services.GetRequiredService<RegionTree>();
        var grains = services.GetRequiredService<IGrainFactory>();
        foreach (var county in tree.All.Where(r => r.Level == RegionLevel.County))
        {
            var region = grains.GetGrain<IRegionGrain>(county.Code);
            if ((await region.GetWarningIdsAsync()) is not [.., var latest]) continue;
            var warning = await grains.GetGrain<IWarningGrain>(latest).GetAsync();
            while (!await ShowsAsync(grains, county, warning, cancellationToken)) await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static async Task<bool> ShowsAsync(IGrainFactory grains, Region county, WarningView? warning, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var shown = (await grains.GetGrain<IRegionGrain>(county.Code).GetAsync()).Region.OpenWarning;
        var inParent = county.ParentCode is { } parent
            ? (await grains.GetGrain<IRegionGrain>(parent).GetAsync()).Children.Single(c => c.Code == county.Code).OpenWarning
            : shown;
        (string, WarningLevel, WarningStatus, WarningStage)? expected =
            warning is null || warning.Status == WarningStatus.Lifted ? null : (warning.Id, warning.Level, warning.Status, warning.Stage);
        return Same(shown, expected) && Same(inParent, expected);
    }

    private static bool Same(WarningSummary? shown, (string Id, WarningLevel Level, WarningStatus Status, WarningStage Stage)? expected) =>
        shown is null ? expected is null : expected == (shown.Id, shown.Level, shown.Status, shown.Stage);

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

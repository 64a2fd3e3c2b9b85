using QualityMap.Grains.Regions;

namespace QualityMap.Api.Live;

/// <summary>Reads the current state of a region and its direct children for a snapshot.</summary>
public sealed class RegionSnapshots(IGrainFactory grains, RegionTree tree)
{
    /// <remarks>
    /// Each child is read from its own grain, not from the parent's copy of its reports: a child publishes its
    /// change before its report reaches the parent, so only its own state is sure to include every update the
    /// feed has already numbered.
    /// </remarks>
    public async Task<(RegionSummary Region, IReadOnlyList<RegionSummary> Children)> ReadAsync(Region region)
    {
        var own = grains.GetGrain<IRegionGrain>(region.Code).GetAsync();
        var children = tree.ChildrenOf(region.Code).Select(child => grains.GetGrain<IRegionGrain>(child.Code).GetAsync()).ToList();
        var views = await Task.WhenAll(children);
        return ((await own).Region, [.. views.Select(view => view.Region)]);
    }
}

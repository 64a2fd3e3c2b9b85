using QualityMap.Grains.Regions;

namespace QualityMap.Api.Supervision;

/// <summary>Whether a code is a county of the deployment's region tree.</summary>
public sealed class RegionTreeLookup(RegionTree tree)
{
    public bool IsCounty(string code) => tree.Find(code) is { Level: RegionLevel.County };
}

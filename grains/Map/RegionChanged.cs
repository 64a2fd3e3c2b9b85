using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Map;

/// <summary>A region's counts or colour changed.</summary>
[GenerateSerializer, Immutable, Alias("qm.RegionChanged")]
public sealed record RegionChanged(RegionSummary Region) : MapUpdate
{
    public override string RegionCode => Region.Code;
}

namespace QualityMap.Grains.Regions;

/// <summary>A region and its children, as the map of that region shows them.</summary>
[GenerateSerializer, Immutable, Alias("qm.RegionView")]
public sealed record RegionView(RegionSummary Region, IReadOnlyList<RegionSummary> Children);

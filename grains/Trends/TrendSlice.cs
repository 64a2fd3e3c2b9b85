namespace QualityMap.Grains.Trends;

/// <summary>A region's counts at the start of a span and the bucket changes within it, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("qm.TrendSlice")]
public sealed record TrendSlice(TrendCounts Start, IReadOnlyList<TrendDelta> Changes);

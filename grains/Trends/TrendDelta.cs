namespace QualityMap.Grains.Trends;

/// <summary>
/// How a region's counts changed within one bucket (a minute or a day) that starts at <see cref="Bucket"/>. Changes
/// are kept rather than totals because they add up in any order: enterprises are applied in parallel, so a town may
/// hear of a later minute's change before an earlier one's, and the sum still comes out as the journal's order gives.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.TrendDelta")]
public sealed record TrendDelta(DateTimeOffset Bucket, TrendCounts Change);

using QualityMap.Grains.Colouring;

namespace QualityMap.Grains.Trends;

/// <summary>A region's counts, share (percent, one decimal; null without data) and colour from <see cref="At"/> on.</summary>
[GenerateSerializer, Immutable, Alias("qm.TrendPoint")]
public sealed record TrendPoint(DateTimeOffset At, int HighRisk, int Monitored, decimal? SharePercent, RegionColour Colour);

using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Trends;

/// <summary>A region's trend over one span, as the wall and the bureau page draw it.</summary>
/// <param name="Span">"24h" (by the minute) or "90d" (by the day).</param>
public sealed record TrendView(
    string Code, string Name, RegionLevel Level, string Span, DateTimeOffset From, DateTimeOffset To,
    TrendBands Bands, IReadOnlyList<TrendPoint> Points);

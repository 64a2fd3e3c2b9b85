namespace QualityMap.Grains.Trends;

/// <summary>The lower bounds (percent) of yellow, orange and red at the region's level, drawn as colour bands.</summary>
public sealed record TrendBands(decimal YellowPercent, decimal OrangePercent, decimal RedPercent);

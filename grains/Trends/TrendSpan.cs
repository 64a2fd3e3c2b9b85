namespace QualityMap.Grains.Trends;

/// <summary>The two spans a trend is kept for.</summary>
public enum TrendSpan
{
    /// <summary>The last 24 hours, by the minute.</summary>
    Day,

    /// <summary>The last 90 days, by the (China Standard Time) day.</summary>
    Quarter,
}

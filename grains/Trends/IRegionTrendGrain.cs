namespace QualityMap.Grains.Trends;

/// <summary>A town's trend: its counts' changes by the minute and by the day; keyed by the town's code.</summary>
public interface IRegionTrendGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the town's changes since its last call, each in its minute. With <paramref name="complete"/> (the town's
    /// counts after a seeding, which hold every enterprise) a trend that disagrees with them, because changes were lost
    /// with a silo before they were stored, is corrected at <paramref name="at"/>.
    /// </summary>
    Task RecordAsync(IReadOnlyList<TrendDelta> changes, TrendCounts? complete, DateTimeOffset at);

    /// <summary>The counts at the start of the span that ends at <paramref name="now"/> and the changes within it.</summary>
    Task<TrendSlice> GetSliceAsync(TrendSpan span, DateTimeOffset now);

    /// <summary>Stores what is not stored yet.</summary>
    Task FlushAsync();
}
